/** A customer's data key: AES-256, 32 bytes, named by a random id that says nothing of the customer. */
export interface CustomerKey {
  readonly keyId: string;
  readonly key: Buffer;
}

/**
 * Where the keys that seal customers' personal data are kept, beside the event store and apart
 * from it: deleting a key here is what erases (SPEC §12), since events are never changed.
 * A customer known by several identifiers (id, phone, email) has one key; identifiers first seen
 * apart and later together link their keys, so that erasing by any one reaches them all.
 * Every adapter passes the contract suite in `contract/`.
 */
export interface CustomerKeyStore {
  /**
   * The key of the customer known by any of these identifiers (the oldest, if several), created
   * when none is; every identifier is recorded for it.
   */
  keyFor(identifiers: readonly string[]): Promise<CustomerKey>;
  /** The key by its id, or undefined once erased. */
  key(keyId: string): Promise<Buffer | undefined>;
  /** The ids of every key linked to the identifier, directly or through identifiers seen together. */
  linkedKeys(identifier: string): Promise<string[]>;
  /** Deletes the keys and what identifies them; already deleted ones are ignored. */
  delete(keyIds: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

export const CUSTOMER_KEY_STORE = Symbol('CUSTOMER_KEY_STORE');
