import { ApiKeyRefusedError } from './api-key-errors';
import type { ApiKeys } from './api-keys';

export const BOOTSTRAP_KEY_NAME = 'bootstrap-admin';

/**
 * With no key anywhere, nobody could use the api: the first start issues an admin key and hands it
 * to `print` once; only its hash is kept. Several processes starting at once issue one key: the
 * first to append wins, and for the others the name is taken, so they print nothing.
 */
export async function bootstrapAdminKey(keys: ApiKeys, print: (key: string) => void): Promise<boolean> {
  if (await keys.anyKey()) return false;
  try {
    print((await keys.create(BOOTSTRAP_KEY_NAME, ['admin'], 'system')).key);
    return true;
  } catch (error) {
    if (error instanceof ApiKeyRefusedError && error.refusal.rule === 'ApiKeyNameTaken') return false;
    throw error;
  }
}
