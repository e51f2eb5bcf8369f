import { Inject, Injectable } from '@nestjs/common';
import { ACCESS_OPTIONS, type AccessModuleOptions } from './access-options';
import { ApiKeys } from './api-keys';
import { looksLikeJwt, OidcTokens } from './oidc-tokens';
import type { Principal } from './principal';

/** Who a bearer credential belongs to: an issuer's token when one is configured, else an API key. */
@Injectable()
export class Authenticator {
  private readonly tokens?: OidcTokens;

  constructor(
    private readonly keys: ApiKeys,
    @Inject(ACCESS_OPTIONS) options: AccessModuleOptions,
  ) {
    if (options.oidc) this.tokens = new OidcTokens(options.oidc);
  }

  authenticate(bearer: string): Promise<Principal | undefined> {
    if (this.tokens && looksLikeJwt(bearer)) return this.tokens.verify(bearer);
    return this.keys.authenticate(bearer);
  }
}
