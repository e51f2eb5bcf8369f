import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { EventStore, NewEvent, RecordedEvent } from '../event-store.port';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { HashChainedEventStore } from '../tamper-evidence/hash-chained-event-store';
import { verifyLog, verifyStream } from '../tamper-evidence/verify-hash-chain';
import type { CustomerKeyStore } from './customer-key-store.port';
import { PersonalDataEventStore } from './personal-data-event-store';
import type { PersonalDataPolicy } from './personal-data-policy.port';
import { PERSONAL_DATA_KEY, SEALED_FIELDS } from './sealed-fields';
import { SqliteCustomerKeyStore } from './sqlite-customer-key-store';

/** A policy of the domain's shape: contact details and words on receipt, a comment later, erasures apart. */
const policy: PersonalDataPolicy = {
  personalPaths: (type) =>
    ({ Received: ['customer.name', 'customer.phone', 'content'], Rated: ['comment'] })[type] ?? [],
  identifiersOf: (type, data) => {
    if (type !== 'Received') return undefined;
    const phone = (data as { customer?: { phone?: string } }).customer?.phone;
    return phone ? [`phone:${phone}`] : [];
  },
  erasedKeyIds: (type, data) => (type === 'Erased' ? (data as { keyIds: string[] }).keyIds : []),
  erased: '[erased]',
  unreadable: '[unreadable]',
};

const event = (type: string, data: Record<string, unknown>): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: { actor: 'agent-wang' },
});

const received = (phone: string) =>
  event('Received', {
    customer: { id: 'C-1', name: '張先生', phone },
    content: `請回電 ${phone}`,
    channel: 'app',
  });

describe('personal data sealed in the event store', () => {
  let dir: string;
  let keys: CustomerKeyStore;
  let stored: EventStore;
  let store: PersonalDataEventStore;
  const open = () => new PersonalDataEventStore(stored, keys, policy);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-sealed-'));
    keys = SqliteCustomerKeyStore.open(join(dir, 'customer-keys.sqlite'));
    stored = new HashChainedEventStore(SqliteEventStore.open(join(dir, 'events.sqlite')));
    store = open();
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the personal fields sealed and reads them back as they were given', async () => {
    const stream = `feedback-${randomUUID()}`;
    const given = received('13812345678');
    await store.appendToStream(stream, [given], 'no_stream');

    const [raw] = await stored.readStream(stream);
    expect(raw!.data).toEqual({
      customer: { id: 'C-1' },
      channel: 'app',
      [SEALED_FIELDS]: { paths: ['customer.name', 'customer.phone', 'content'], box: expect.any(String) },
    });
    expect(raw!.metadata[PERSONAL_DATA_KEY]).toEqual(expect.any(String));
    expect(readFileSync(join(dir, 'events.sqlite')).includes(Buffer.from('13812345678'))).toBe(false);
    expect((await store.readStream(stream))[0]!.data).toEqual(given.data);
    expect((await verifyStream(stored, stream)).verified).toBe(true);
  });

  it('seals a later personal field with the key of the stream’s customer, in a fresh process too', async () => {
    const stream = `feedback-${randomUUID()}`;
    await store.appendToStream(stream, [received('13812345678')], 'no_stream');
    await open().appendToStream(stream, [event('Rated', { comment: '還是很慢', rating: 'dissatisfied' })], 0);
    const [first, rated] = await stored.readStream(stream);
    expect(rated!.metadata[PERSONAL_DATA_KEY]).toBe(first!.metadata[PERSONAL_DATA_KEY]);
    expect(rated!.data).not.toHaveProperty('comment');
    expect((await open().readStream(stream))[1]!.data).toEqual({
      comment: '還是很慢',
      rating: 'dissatisfied',
    });
  });

  it('gives one customer one key across tickets, and stores an anonymous feedback as given', async () => {
    const [a, b, anonymous] = [
      `feedback-${randomUUID()}`,
      `feedback-${randomUUID()}`,
      `feedback-${randomUUID()}`,
    ];
    await store.appendToStream(a, [received('13812345678')], 'no_stream');
    await store.appendToStream(b, [received('13812345678')], 'no_stream');
    const plain = event('Received', { content: '匿名建議', channel: 'web' });
    await store.appendToStream(anonymous, [plain], 'no_stream');
    const keyOf = async (stream: string) => (await stored.readStream(stream))[0]!.metadata[PERSONAL_DATA_KEY];
    expect(await keyOf(a)).toBe(await keyOf(b));
    expect((await stored.readStream(anonymous))[0]!.data).toEqual(plain.data);
    expect(await keyOf(anonymous)).toBeUndefined();
  });

  it('once the key is deleted, reads every sealed field as erased everywhere and keeps the chain', async () => {
    const stream = `feedback-${randomUUID()}`;
    const other = `feedback-${randomUUID()}`;
    await store.appendToStream(
      stream,
      [received('13812345678'), event('Rated', { comment: '差評' })],
      'no_stream',
    );
    await store.appendToStream(other, [received('13900001111')], 'no_stream');
    const keyIds = await keys.linkedKeys('phone:13812345678');
    await store.appendToStream('customer-erasures', [event('Erased', { keyIds })], 'any');
    await keys.delete(keyIds);

    const erasedReceipt = {
      customer: { id: 'C-1', name: '[erased]', phone: '[erased]' },
      content: '[erased]',
      channel: 'app',
    };
    const readers: Array<() => Promise<RecordedEvent[]>> = [
      () => store.readStream(stream),
      () => open().readStream(stream),
      async () => (await store.readAll()).filter((e) => e.streamId === stream),
    ];
    for (const read of readers) {
      expect((await read()).map((e) => e.data)).toEqual([erasedReceipt, { comment: '[erased]' }]);
    }
    expect((await store.readStream(other))[0]!.data).toMatchObject({ customer: { phone: '13900001111' } });
    expect((await verifyLog(stored)).verified).toBe(true);
  });

  it('stores a personal field sent after the erasure as erased, never sealed under a new key', async () => {
    const stream = `feedback-${randomUUID()}`;
    await store.appendToStream(stream, [received('13812345678')], 'no_stream');
    const keyIds = await keys.linkedKeys('phone:13812345678');
    await keys.delete(keyIds);
    await open().appendToStream(stream, [event('Rated', { comment: '我的電話 13812345678' })], 0);
    const [, rated] = await stored.readStream(stream);
    expect(rated!.data).toEqual({ comment: '[erased]' });
    expect(rated!.metadata[PERSONAL_DATA_KEY]).toBe(keyIds[0]);
  });

  it('delivers opened events to a subscription, and forgets a key the moment its erasure passes', async () => {
    const stream = `feedback-${randomUUID()}`;
    await store.appendToStream(stream, [received('13812345678')], 'no_stream');
    const reader = open();
    const subscription = reader.subscribeToAll();
    const iterator = subscription[Symbol.asyncIterator]();
    expect((await iterator.next()).value.data).toMatchObject({ customer: { phone: '13812345678' } });

    const keyIds = await keys.linkedKeys('phone:13812345678');
    await store.appendToStream('customer-erasures', [event('Erased', { keyIds })], 'any');
    expect((await iterator.next()).value.type).toBe('Erased');
    // The key is still in the key store: the reader does not ask it again once the erasure passed.
    expect((await reader.readStream(stream))[0]!.data).toMatchObject({ customer: { phone: '[erased]' } });
    await subscription.close();
  });

  it('reads a box moved to another event as unreadable, and verify names that event', async () => {
    const [a, b] = [`feedback-${randomUUID()}`, `feedback-${randomUUID()}`];
    await store.appendToStream(a, [received('13812345678')], 'no_stream');
    await store.appendToStream(b, [received('13812345678')], 'no_stream');
    const [boxA] = await stored.readStream(a);
    const file = new Database(join(dir, 'events.sqlite'));
    file.prepare('UPDATE events SET data = ? WHERE stream_id = ?').run(JSON.stringify(boxA!.data), b);
    file.close();
    expect((await open().readStream(b))[0]!.data).toMatchObject({ content: '[unreadable]' });
    expect((await verifyStream(stored, b)).firstMismatch).toMatchObject({ streamId: b, problem: 'altered' });
  });
});
