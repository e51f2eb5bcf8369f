import { configuredKeyName, hashApiKey } from '@ledger/access';
import { ROLES, type Role } from '@ledger/domain';

/** One key per role, for tests of what each role may do. */
export const ROLE_KEYS: Readonly<Record<Role, string>> = Object.fromEntries(
  ROLES.map((role) => [role, `test-${role}-key-0123456789`]),
) as Record<Role, string>;

/** The key most tests send: listed under every role, so it may do anything. */
export const EVERY_ROLE_KEY = 'test-every-role-key-0123456789';

/** The actor the log records for a request sent with `EVERY_ROLE_KEY` and no X-Actor. */
export const EVERY_ROLE_ACTOR = configuredKeyName(hashApiKey(EVERY_ROLE_KEY));

/** `LEDGER_API_KEYS` for the test apps: the role keys and the key of every role. */
export const TEST_API_KEYS = ROLES.flatMap((role) => [
  `${role}:${ROLE_KEYS[role]}`,
  `${role}:${EVERY_ROLE_KEY}`,
]).join(',');
