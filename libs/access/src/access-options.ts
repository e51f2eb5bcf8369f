import type { ConfiguredApiKey, OidcConfig } from '@ledger/config';

export interface AccessModuleOptions {
  readonly apiKeys: readonly ConfiguredApiKey[];
  readonly oidc?: OidcConfig;
}

export const ACCESS_OPTIONS = Symbol('ACCESS_OPTIONS');
