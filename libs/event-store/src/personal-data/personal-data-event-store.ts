import type {
  AppendResult,
  EventStore,
  LogSubscription,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
} from '../event-store.port';
import type { ExpectedRevision } from '../expected-revision';
import type { CustomerKey, CustomerKeyStore } from './customer-key-store.port';
import { KeyCache } from './key-cache';
import type { PersonalDataPolicy } from './personal-data-policy.port';
import {
  PERSONAL_DATA_KEY,
  putFields,
  seal,
  SEALED_FIELDS,
  takeFields,
  unseal,
  type SealedFields,
} from './sealed-fields';

/** The key an append's events belong to: a customer's, the stream's, or none (anonymous). */
type AppendKey = { keyId: string; key: Buffer | undefined } | null;

/**
 * Any event store, with the personal fields of every event (per the policy) sealed under the key
 * of the customer they belong to (SPEC §12). Stored events hold the fields' paths in clear and
 * their values in an AES-256-GCM box, and name the key in their metadata; reads open the boxes.
 * Once a key is deleted its fields read as erased, and new personal fields of its streams are
 * stored erased: the customer asked to be forgotten. Sits above the hash chain, so the chain
 * covers exactly what is stored.
 */
export class PersonalDataEventStore implements EventStore {
  private readonly cache = new KeyCache();

  constructor(
    /** The store as stored: boxes sealed, for `verify` and raw exports. */
    readonly stored: EventStore,
    /** Where the keys are; deleting one there erases what it sealed. */
    readonly keys: CustomerKeyStore,
    private readonly policy: PersonalDataPolicy,
  ) {}

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    const sealed: NewEvent[] = [];
    let appendKey: AppendKey | undefined;
    for (const event of events) {
      const paths = this.policy.personalPaths(event.type);
      if (paths.length === 0) {
        sealed.push(event);
        continue;
      }
      const identifiers = this.policy.identifiersOf(event.type, event.data);
      if (identifiers !== undefined) appendKey = await this.customerKey(streamId, identifiers);
      else appendKey ??= await this.streamKey(streamId);
      sealed.push(appendKey ? this.sealEvent(streamId, event, paths, appendKey) : event);
    }
    const result = await this.stored.appendToStream(streamId, sealed, expectedRevision);
    for (const event of events) this.forgetErased(event);
    return result;
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.openAll(await this.stored.readStream(streamId, options));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.openAll(await this.stored.readAll(options));
  }

  headPosition(): Promise<bigint> {
    return this.stored.headPosition();
  }

  subscribeToAll(options?: SubscribeOptions): LogSubscription {
    const subscription = this.stored.subscribeToAll(options);
    const open = (event: RecordedEvent) => this.open(event);
    return {
      close: () => subscription.close(),
      async *[Symbol.asyncIterator]() {
        for await (const event of subscription) yield await open(event);
      },
    };
  }

  async close(): Promise<void> {
    await this.stored.close();
    await this.keys.close();
  }

  private async customerKey(streamId: string, identifiers: readonly string[]): Promise<AppendKey> {
    if (identifiers.length === 0) return null;
    const found: CustomerKey = await this.keys.keyFor(identifiers);
    this.cache.rememberKey(found.keyId, found.key);
    this.cache.rememberStream(streamId, found.keyId);
    return found;
  }

  /** The key the stream's first personal event was sealed with, if any, and whether it still exists. */
  private async streamKey(streamId: string): Promise<AppendKey> {
    let keyId = this.cache.streamKey(streamId);
    if (keyId === undefined) {
      const [first] = await this.stored.readStream(streamId, { maxCount: 1 });
      keyId = keyIdOf(first) ?? null;
      this.cache.rememberStream(streamId, keyId);
    }
    return keyId === null ? null : { keyId, key: await this.keyOf(keyId) };
  }

  private sealEvent(
    streamId: string,
    event: NewEvent,
    paths: readonly string[],
    owner: NonNullable<AppendKey>,
  ): NewEvent {
    const { rest, values } = takeFields(event.data, paths);
    const found = Object.keys(values);
    if (found.length === 0) return event;
    const metadata = { ...event.metadata, [PERSONAL_DATA_KEY]: owner.keyId };
    if (!owner.key) {
      const erased = Object.fromEntries(found.map((path) => [path, this.policy.erased]));
      return { ...event, data: putFields(rest, erased), metadata };
    }
    const fields: SealedFields = {
      paths: found,
      box: seal(owner.key, contextOf(streamId, event.id), values),
    };
    return { ...event, data: { ...rest, [SEALED_FIELDS]: fields }, metadata };
  }

  private async openAll(events: readonly RecordedEvent[]): Promise<RecordedEvent[]> {
    const opened: RecordedEvent[] = [];
    for (const event of events) opened.push(await this.open(event));
    return opened;
  }

  private async open(event: RecordedEvent): Promise<RecordedEvent> {
    this.forgetErased(event);
    const keyId = keyIdOf(event);
    if (keyId && event.revision === 0) this.cache.rememberStream(event.streamId, keyId);
    const sealed = event.data[SEALED_FIELDS] as SealedFields | undefined;
    if (!sealed || !keyId) return event;
    const { [SEALED_FIELDS]: _box, ...rest } = event.data;
    const key = await this.keyOf(keyId);
    const values = key && unseal(key, contextOf(event.streamId, event.id), sealed.box);
    const marker = key ? this.policy.unreadable : this.policy.erased;
    const shown = values ?? Object.fromEntries(sealed.paths.map((path) => [path, marker]));
    return { ...event, data: putFields(rest, shown) };
  }

  private async keyOf(keyId: string): Promise<Buffer | undefined> {
    const cached = this.cache.key(keyId);
    if (cached !== undefined) return cached ?? undefined;
    const key = await this.keys.key(keyId);
    this.cache.rememberKey(keyId, key);
    return key;
  }

  private forgetErased(event: { readonly type: string; readonly data: object }): void {
    for (const keyId of this.policy.erasedKeyIds(event.type, event.data)) this.cache.forgetKey(keyId);
  }
}

const keyIdOf = (event: RecordedEvent | undefined): string | undefined => {
  const keyId = event?.metadata[PERSONAL_DATA_KEY];
  return typeof keyId === 'string' ? keyId : undefined;
};

const contextOf = (streamId: string, eventId: string): string => `${streamId}\n${eventId}`;
