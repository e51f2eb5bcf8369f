import type { CommandContext } from '../command-context';

/** Erase a customer's personal data (SPEC §12), the customer named by one identifier (`phone:…`). */
export class EraseCustomerDataCommand {
  constructor(
    readonly customer: string,
    readonly reason: string | undefined,
    readonly context: CommandContext,
  ) {}
}

/** What an erasure did: how many keys it deleted, recorded when and where. */
export interface CustomerErasure {
  readonly erasedKeys: number;
  readonly erasedAt: string;
  readonly by: string;
  /** The position of the CustomerDataErased event, which views must reach to show the erasure. */
  readonly position: string;
}

/** No personal data is held for the customer: unknown, anonymous, or already erased. */
export class CustomerNotFoundError extends Error {
  override readonly name = 'CustomerNotFoundError';
  constructor() {
    super('no personal data is held for this customer: never seen, or already erased');
  }
}
