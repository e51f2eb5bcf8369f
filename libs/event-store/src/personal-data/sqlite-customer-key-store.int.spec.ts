import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeCustomerKeyStoreContract } from './contract/customer-key-store.contract';
import { SqliteCustomerKeyStore } from './sqlite-customer-key-store';

const openInTemporaryDirectory = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-keys-'));
  const file = join(dir, 'customer-keys.sqlite');
  return { dir, file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
};

describeCustomerKeyStoreContract('SQLite', async () => {
  const { file, dispose } = openInTemporaryDirectory();
  const store = SqliteCustomerKeyStore.open(file);
  return { store, dispose: async () => (await store.close(), dispose()) };
});

describe('SQLite customer key store files', () => {
  it('keeps keys across a restart', async () => {
    const { file, dispose } = openInTemporaryDirectory();
    const first = SqliteCustomerKeyStore.open(file);
    const created = await first.keyFor(['phone:13812345678']);
    await first.close();
    const reopened = SqliteCustomerKeyStore.open(file);
    expect(await reopened.key(created.keyId)).toEqual(created.key);
    await reopened.close();
    dispose();
  });

  it('leaves no byte of a deleted key or its identifier in any of its files', async () => {
    const { dir, file, dispose } = openInTemporaryDirectory();
    const store = SqliteCustomerKeyStore.open(file);
    const phone = `phone:${randomUUID()}`;
    const erased = await store.keyFor([phone]);
    const kept = await store.keyFor(['email:kept@example.com']);
    const bytes = () => Buffer.concat(readdirSync(dir).map((name) => readFileSync(join(dir, name))));
    expect(bytes().includes(erased.key)).toBe(true);
    await store.delete([erased.keyId]);
    expect(bytes().includes(erased.key)).toBe(false);
    expect(bytes().includes(Buffer.from(phone))).toBe(false);
    expect(bytes().includes(kept.key)).toBe(true);
    await store.close();
    dispose();
  });

  it('serves keys asked for at once in one transaction: one key per customer, even a new one', async () => {
    const { file, dispose } = openInTemporaryDirectory();
    const store = SqliteCustomerKeyStore.open(file);
    const phone = `phone:${randomUUID()}`;
    const asked = await Promise.all([
      store.keyFor([phone]),
      store.keyFor([phone, 'email:same@example.com']),
      store.keyFor(['email:other@example.com']),
      store.keyFor([]).catch((error: Error) => error.message),
    ]);
    expect(asked[1]).toEqual(asked[0]);
    expect((asked[2] as { keyId: string }).keyId).not.toBe((asked[0] as { keyId: string }).keyId);
    expect(asked[3]).toMatch(/identifier/);
    expect(await store.linkedKeys('email:same@example.com')).toEqual([(asked[0] as { keyId: string }).keyId]);
    await store.close();
    dispose();
  });
});
