import { createHash, randomBytes } from 'node:crypto';

/** Keys are 256 random bits, so one fast hash is enough: there is nothing to guess by brute force. */
export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** A new key: a recognisable prefix (for secret scanners), then 32 random bytes. */
export const generateApiKey = (): string => `flk_${randomBytes(32).toString('base64url')}`;

/** The name a configured key is logged under: part of its hash, never part of the key. */
export const configuredKeyName = (keyHash: string): string => `key-${keyHash.slice(0, 8)}`;
