import { isRole, ROLES, type Role } from '@ledger/domain';
import { ConfigError } from './config-error';
import { loadOidcConfig, type OidcConfig } from './oidc-config';

/** A key given in the environment, with every role it was listed under. */
export interface ConfiguredApiKey {
  readonly key: string;
  readonly roles: readonly Role[];
}

export interface AccessConfig {
  readonly apiKeys: readonly ConfiguredApiKey[];
  readonly oidc?: OidcConfig;
}

/** Long enough that guessing is hopeless; generated keys are far longer. */
const MIN_KEY_LENGTH = 16;
const KEY = /^[\x21-\x2b\x2d-\x7e]+$/;

/** Who may call the api: keys from the environment, and tokens of an OpenID Connect issuer. */
export function loadAccessConfig(env: NodeJS.ProcessEnv): AccessConfig {
  const oidc = loadOidcConfig(env);
  return { apiKeys: apiKeysOf(env.LEDGER_API_KEYS?.trim()), ...(oidc ? { oidc } : {}) };
}

/**
 * `LEDGER_API_KEYS=role:key,role:key`: a key listed under several roles has all of them. Keys are
 * kept only until the access module hashes them at start.
 */
function apiKeysOf(text: string | undefined): ConfiguredApiKey[] {
  if (!text) return [];
  const roles = new Map<string, Set<Role>>();
  for (const [index, pair] of text.split(',').entries()) {
    const colon = pair.indexOf(':');
    const role = pair.slice(0, colon).trim();
    const key = pair.slice(colon + 1).trim();
    if (colon < 0 || !isRole(role)) {
      throw new ConfigError(
        `LEDGER_API_KEYS must be role:key pairs with a role of ${ROLES.join(', ')}; entry ${index + 1} is not`,
      );
    }
    if (key.length < MIN_KEY_LENGTH || !KEY.test(key)) {
      throw new ConfigError(
        `LEDGER_API_KEYS must give keys of at least ${MIN_KEY_LENGTH} visible characters without commas; ` +
          `the key of entry ${index + 1} (${role}) is not`,
      );
    }
    roles.set(key, (roles.get(key) ?? new Set<Role>()).add(role));
  }
  return [...roles].map(([key, keyRoles]) => ({ key, roles: [...keyRoles] }));
}
