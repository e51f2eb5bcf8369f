import { ConfigError } from './config-error';

/** Bearer tokens from an OpenID Connect issuer, for deployments that have one. */
export interface OidcConfig {
  readonly issuer: string;
  readonly audience: string;
  /** The claim holding the caller's roles: an array, or a space-separated string. */
  readonly rolesClaim: string;
  /** Where the issuer's signing keys are; found through its discovery document when not set. */
  readonly jwksUrl?: string;
}

const isHttpUrl = (value: string): boolean =>
  URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);

/** `LEDGER_OIDC_ISSUER` and `LEDGER_OIDC_AUDIENCE` together turn tokens on; either alone is an error. */
export function loadOidcConfig(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const issuer = env.LEDGER_OIDC_ISSUER?.trim();
  const audience = env.LEDGER_OIDC_AUDIENCE?.trim();
  if (!issuer && !audience) return undefined;
  if (!issuer || !isHttpUrl(issuer)) {
    throw new ConfigError(
      `LEDGER_OIDC_ISSUER must be the issuer's http(s) URL when LEDGER_OIDC_AUDIENCE is set`,
    );
  }
  if (!audience)
    throw new ConfigError('LEDGER_OIDC_AUDIENCE must name this service when LEDGER_OIDC_ISSUER is set');
  const jwksUrl = env.LEDGER_OIDC_JWKS_URL?.trim();
  if (jwksUrl && !isHttpUrl(jwksUrl)) {
    throw new ConfigError(`LEDGER_OIDC_JWKS_URL must be an http(s) URL, got "${jwksUrl}"`);
  }
  const rolesClaim = env.LEDGER_OIDC_ROLES_CLAIM?.trim() || 'roles';
  return { issuer, audience, rolesClaim, ...(jwksUrl ? { jwksUrl } : {}) };
}
