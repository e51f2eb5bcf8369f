import type { DomainEvent } from '../feedback/feedback-events';
import type { Role } from './roles';

/** Every managed API key lives in one stream, so every api process knows the same keys. */
export const API_KEYS_STREAM = 'access-api-keys';

/** A key was issued. Only its SHA-256 is recorded: the key itself is shown once, to its creator. */
export type ApiKeyCreated = DomainEvent<
  'ApiKeyCreated',
  { keyId: string; name: string; roles: readonly Role[]; keyHash: string; by: string; createdAt: string }
>;

export type ApiKeyRevoked = DomainEvent<
  'ApiKeyRevoked',
  { keyId: string; reason: string; by: string; revokedAt: string }
>;

export type ApiKeyEvent = ApiKeyCreated | ApiKeyRevoked;

const API_KEY_EVENT_TYPES: readonly string[] = ['ApiKeyCreated', 'ApiKeyRevoked'];

/** The stored event as an API key event, or undefined for a type this version does not know. */
export const asApiKeyEvent = (event: { type: string; data: object }): ApiKeyEvent | undefined =>
  API_KEY_EVENT_TYPES.includes(event.type) ? (event as ApiKeyEvent) : undefined;
