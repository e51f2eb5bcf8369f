import type { ConfiguredApiKey } from '@ledger/config';

export interface AccessModuleOptions {
  readonly apiKeys: readonly ConfiguredApiKey[];
}

export const ACCESS_OPTIONS = Symbol('ACCESS_OPTIONS');
