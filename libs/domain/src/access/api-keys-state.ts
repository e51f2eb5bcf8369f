import type { ApiKeyEvent } from './api-key-events';
import type { Role } from './roles';

export interface ApiKey {
  readonly keyId: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly keyHash: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly revoked?: { readonly by: string; readonly reason: string; readonly revokedAt: string };
}

/** The managed keys, by id, in the order issued. */
export interface ApiKeysState {
  readonly keys: ReadonlyMap<string, ApiKey>;
}

export const NO_API_KEYS: ApiKeysState = { keys: new Map() };

export function evolveApiKeys(state: ApiKeysState, event: ApiKeyEvent): ApiKeysState {
  const keys = new Map(state.keys);
  switch (event.type) {
    case 'ApiKeyCreated': {
      const { keyId, name, roles, keyHash, by, createdAt } = event.data;
      keys.set(keyId, { keyId, name, roles, keyHash, createdBy: by, createdAt });
      return { keys };
    }
    case 'ApiKeyRevoked': {
      const key = keys.get(event.data.keyId);
      if (!key) return state;
      const { by, reason, revokedAt } = event.data;
      keys.set(key.keyId, { ...key, revoked: { by, reason, revokedAt } });
      return { keys };
    }
  }
}
