import type { Role } from '@ledger/domain';

/** Who a request comes from, as its key tells: the name the log records, and what it may do. */
export interface Principal {
  readonly name: string;
  readonly roles: readonly Role[];
  /** Set for a managed key; a configured key has none. */
  readonly keyId?: string;
}
