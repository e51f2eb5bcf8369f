import type { ApiKeyCreated, ApiKeyRevoked } from './api-key-events';
import type { ApiKeysState } from './api-keys-state';
import type { Role } from './roles';

/** Why a key command was refused; the api maps `conflict` to 409 and `not_found` to 404. */
export interface ApiKeyRefusal {
  readonly rule: 'ApiKeyNameTaken' | 'ApiKeyNotFound' | 'ApiKeyAlreadyRevoked' | 'ApiKeyNeedsRole';
  readonly kind: 'conflict' | 'not_found' | 'invalid';
  readonly message: string;
}

export type CreateApiKey = Readonly<{
  keyId: string;
  name: string;
  roles: readonly Role[];
  /** Computed by the handler from the key it generated: the decider never sees the key. */
  keyHash: string;
  by: string;
  at: string;
}>;

export type RevokeApiKey = Readonly<{ keyId: string; reason: string; by: string; at: string }>;

const liveNamed = (state: ApiKeysState, name: string) =>
  [...state.keys.values()].some((key) => key.name === name && !key.revoked);

/** A key's name is what the log records as the actor: two live keys may not share one. */
export function decideCreateApiKey(
  state: ApiKeysState,
  command: CreateApiKey,
): ApiKeyCreated | ApiKeyRefusal {
  const roles = [...new Set(command.roles)];
  if (roles.length === 0) {
    return { rule: 'ApiKeyNeedsRole', kind: 'invalid', message: 'a key needs at least one role' };
  }
  if (liveNamed(state, command.name)) {
    return {
      rule: 'ApiKeyNameTaken',
      kind: 'conflict',
      message: `a live key is already named ${command.name}; revoke it first or choose another name`,
    };
  }
  const { keyId, name, keyHash, by, at } = command;
  return { type: 'ApiKeyCreated', data: { keyId, name, roles, keyHash, by, createdAt: at } };
}

export function decideRevokeApiKey(
  state: ApiKeysState,
  command: RevokeApiKey,
): ApiKeyRevoked | ApiKeyRefusal {
  const key = state.keys.get(command.keyId);
  if (!key) return { rule: 'ApiKeyNotFound', kind: 'not_found', message: `no API key ${command.keyId}` };
  if (key.revoked) {
    return {
      rule: 'ApiKeyAlreadyRevoked',
      kind: 'conflict',
      message: `API key ${command.keyId} was revoked at ${key.revoked.revokedAt}`,
    };
  }
  const { keyId, reason, by, at } = command;
  return { type: 'ApiKeyRevoked', data: { keyId, reason, by, revokedAt: at } };
}

export const isApiKeyRefusal = (outcome: object): outcome is ApiKeyRefusal => 'rule' in outcome;
