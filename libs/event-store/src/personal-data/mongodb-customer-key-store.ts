import { randomBytes, randomUUID } from 'node:crypto';
import { MongoClient, WriteConcern, type Collection } from 'mongodb';
import type { CustomerKey, CustomerKeyStore } from './customer-key-store.port';

interface KeyDocument {
  readonly _id: string;
  /** Base64: a plain string reads back the same through every driver and tool. */
  readonly key: string;
  readonly createdAt: Date;
}

interface IdentifierDocument {
  readonly identifier: string;
  readonly keyId: string;
}

const MAJORITY = { writeConcern: new WriteConcern('majority') };

/**
 * The cluster key store: two collections of the views' MongoDB database, which a deployment
 * backs up and retains apart from the events. A race between two processes seeing a new customer
 * at once can create two keys; both are linked to the identifiers, so erasure still reaches both.
 */
export class MongoCustomerKeyStore implements CustomerKeyStore {
  private readonly keys: Collection<KeyDocument>;
  private readonly identifiers: Collection<IdentifierDocument>;

  static async connect(uri: string, databaseName: string): Promise<MongoCustomerKeyStore> {
    const client = await MongoClient.connect(uri);
    const store = new MongoCustomerKeyStore(client, databaseName);
    await store.identifiers.createIndex({ identifier: 1, keyId: 1 }, { unique: true });
    await store.identifiers.createIndex({ keyId: 1 });
    return store;
  }

  private constructor(
    private readonly client: MongoClient,
    databaseName: string,
  ) {
    const db = client.db(databaseName);
    this.keys = db.collection<KeyDocument>('customer_keys');
    this.identifiers = db.collection<IdentifierDocument>('customer_identifiers');
  }

  async keyFor(identifiers: readonly string[]): Promise<CustomerKey> {
    if (identifiers.length === 0) throw new Error('a customer key needs at least one identifier');
    const known = await this.identifiers.distinct('keyId', { identifier: { $in: [...identifiers] } });
    const [oldest] = await this.keys
      .find({ _id: { $in: known } })
      .sort({ createdAt: 1, _id: 1 })
      .limit(1)
      .toArray();
    const chosen = oldest ?? (await this.createKey());
    await this.identifiers.bulkWrite(
      identifiers.map((identifier) => ({
        updateOne: {
          filter: { identifier, keyId: chosen._id },
          update: { $setOnInsert: { identifier, keyId: chosen._id } },
          upsert: true,
        },
      })),
      MAJORITY,
    );
    return { keyId: chosen._id, key: Buffer.from(chosen.key, 'base64') };
  }

  async key(keyId: string): Promise<Buffer | undefined> {
    const found = await this.keys.findOne({ _id: keyId });
    return found ? Buffer.from(found.key, 'base64') : undefined;
  }

  async linkedKeys(identifier: string): Promise<string[]> {
    const keys = new Set<string>();
    const seen = new Set<string>([identifier]);
    let frontier = [identifier];
    while (frontier.length > 0) {
      const newKeys = (await this.identifiers.distinct('keyId', { identifier: { $in: frontier } })).filter(
        (keyId) => !keys.has(keyId),
      );
      newKeys.forEach((keyId) => keys.add(keyId));
      const linked = await this.identifiers.distinct('identifier', { keyId: { $in: newKeys } });
      frontier = linked.filter((next) => !seen.has(next));
      frontier.forEach((next) => seen.add(next));
    }
    return [...keys];
  }

  async delete(keyIds: readonly string[]): Promise<void> {
    await this.keys.deleteMany({ _id: { $in: [...keyIds] } }, MAJORITY);
    await this.identifiers.deleteMany({ keyId: { $in: [...keyIds] } }, MAJORITY);
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private async createKey(): Promise<KeyDocument> {
    const created: KeyDocument = {
      _id: randomUUID(),
      key: randomBytes(32).toString('base64'),
      createdAt: new Date(),
    };
    await this.keys.insertOne(created, MAJORITY);
    return created;
  }
}
