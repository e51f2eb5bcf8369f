import { Query } from '@nestjs/cqrs';
import type { PublicTracking } from '@ledger/domain';

/** A customer's look at their own ticket, by its number and a proof that they know its contact. */
export class TrackTicketQuery extends Query<PublicTracking> {
  constructor(
    readonly ticketNo: string,
    readonly verify: string,
  ) {
    super();
  }
}

/**
 * The one answer to every failed lookup: an unknown number, a number without a ticket and a wrong
 * verification are not told apart, so the answer reveals nothing about which numbers exist.
 */
export class TrackingNotFoundError extends Error {
  override readonly name = 'TrackingNotFoundError';
  constructor() {
    super('no feedback matches this tracking number and verification');
  }
}
