import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { OidcConfig } from '@ledger/config';
import { isRole, type Role } from '@ledger/domain';
import { IssuerUnavailableError } from './api-key-errors';
import type { Principal } from './principal';

/** A bearer token that is a JWT (three base64url parts) rather than an API key. */
export const looksLikeJwt = (token: string): boolean => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token);

function rolesOf(payload: JWTPayload, claim: string): Role[] {
  const value = payload[claim];
  const names = Array.isArray(value) ? value : typeof value === 'string' ? value.split(' ') : [];
  return names.filter((name): name is Role => typeof name === 'string' && isRole(name));
}

/**
 * Tokens of the configured OpenID Connect issuer: signed by one of its keys (fetched from its
 * JWKS and cached by `jose`), for this audience, unexpired. The roles come from one claim; the
 * actor is the token's `preferred_username`, else its subject.
 */
export class OidcTokens {
  private jwks?: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly config: OidcConfig) {}

  async verify(token: string): Promise<Principal | undefined> {
    try {
      const { payload } = await jwtVerify(token, await this.keys(), {
        issuer: this.config.issuer,
        audience: this.config.audience,
      });
      const name = typeof payload.preferred_username === 'string' ? payload.preferred_username : payload.sub;
      const roles = rolesOf(payload, this.config.rolesClaim);
      return name && roles.length > 0 ? { name, roles } : undefined;
    } catch (error) {
      // A token that does not verify is no caller; a failure to reach the issuer is ours to report.
      if (error instanceof errors.JOSEError && !(error instanceof errors.JWKSTimeout)) return undefined;
      throw new IssuerUnavailableError(this.config.issuer, error);
    }
  }

  private async keys(): Promise<ReturnType<typeof createRemoteJWKSet>> {
    if (!this.jwks) {
      const url = this.config.jwksUrl ?? (await this.discoverJwksUrl());
      this.jwks = createRemoteJWKSet(new URL(url));
    }
    return this.jwks;
  }

  private async discoverJwksUrl(): Promise<string> {
    const discovery = new URL(
      '.well-known/openid-configuration',
      `${this.config.issuer.replace(/\/$/, '')}/`,
    );
    const response = await fetch(discovery, { signal: AbortSignal.timeout(5_000) });
    const document = (await response.json()) as { jwks_uri?: unknown };
    if (!response.ok || typeof document.jwks_uri !== 'string') {
      throw new Error(
        `the OpenID Connect issuer's discovery document at ${discovery.href} names no jwks_uri`,
      );
    }
    return document.jwks_uri;
  }
}
