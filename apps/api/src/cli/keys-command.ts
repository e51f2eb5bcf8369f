import { userInfo } from 'node:os';
import { NestFactory } from '@nestjs/core';
import { ApiKeyRefusedError, ApiKeys } from '@ledger/access';
import type { LedgerConfig } from '@ledger/config';
import { isRole, ROLES, type ApiKey } from '@ledger/domain';
import { AppModule } from '../app.module';

export const KEYS_USAGE = `  keys create <name> <role>...
                      issue a key (roles: ${ROLES.join(', ')}); it is printed this once
  keys list           every managed key: id, name, roles, created, revoked
  keys revoke <id> <reason...>`;

const line = (key: ApiKey): string =>
  [
    key.keyId,
    key.name,
    key.roles.join(','),
    `created ${key.createdAt} by ${key.createdBy}`,
    key.revoked ? `revoked ${key.revoked.revokedAt} by ${key.revoked.by}: ${key.revoked.reason}` : 'live',
  ].join('  ');

/** Manages API keys from the machine the service runs on; the operator is recorded as `cli:<user>`. */
export async function keys(
  config: LedgerConfig,
  args: readonly string[],
  print: (line: string) => void,
): Promise<number> {
  const [action, first, ...rest] = args;
  const roles = rest.filter(isRole);
  const valid =
    (action === 'create' && first && rest.length > 0 && roles.length === rest.length) ||
    (action === 'list' && args.length === 1) ||
    (action === 'revoke' && first && rest.length > 0);
  if (!valid) {
    print(`usage:\n${KEYS_USAGE}`);
    return 2;
  }
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    const apiKeys = app.get(ApiKeys);
    const by = `cli:${userInfo().username}`;
    if (action === 'list') (await apiKeys.list()).forEach((key) => print(line(key)));
    if (action === 'create') {
      const issued = await apiKeys.create(first, roles, by);
      print(line(issued.apiKey));
      print(`key (shown this once): ${issued.key}`);
    }
    if (action === 'revoke') print(line(await apiKeys.revoke(first, rest.join(' '), by)));
    return 0;
  } catch (error) {
    if (!(error instanceof ApiKeyRefusedError)) throw error;
    print(`refused: ${error.message}`);
    return 1;
  } finally {
    await app.close();
  }
}
