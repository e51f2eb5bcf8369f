import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CUSTOMER_DATA_ERASED, ERASURE_STREAM, type CustomerDataErased } from '@ledger/domain';
import {
  CUSTOMER_KEY_STORE,
  EVENT_STORE,
  type CustomerKeyStore,
  type EventStore,
  type RecordedEvent,
} from '@ledger/event-store';
import { CLOCK, type Clock } from '../clock';
import { toNewEvents } from '../command-context';
import { IdempotencyKeyReusedError } from '../errors/feedback-errors';
import {
  CustomerNotFoundError,
  EraseCustomerDataCommand,
  type CustomerErasure,
} from './erase-customer-data.command';

/**
 * Crypto-shredding: records the erasure, then deletes every key linked to the customer. In that
 * order, so that a crash between the two leaves keys a retry deletes, never keys gone without the
 * record that tells views to scrub. Events are not touched; the hash chain stays whole.
 */
@CommandHandler(EraseCustomerDataCommand)
export class EraseCustomerDataHandler implements ICommandHandler<EraseCustomerDataCommand, CustomerErasure> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CUSTOMER_KEY_STORE) private readonly keys: CustomerKeyStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ customer, reason, context }: EraseCustomerDataCommand): Promise<CustomerErasure> {
    const keyIds = await this.keys.linkedKeys(customer);
    if (keyIds.length === 0) return this.earlierAnswer(context.commandId, context.requestHash);
    const erased: CustomerDataErased = {
      type: 'CustomerDataErased',
      data: {
        keyIds,
        by: context.actor,
        ...(reason && { reason }),
        erasedAt: this.clock.now().toISOString(),
      },
    };
    const events = toNewEvents(
      [{ type: erased.type, data: { ...erased.data } }],
      context,
      'EraseCustomerData',
    );
    const { position } = await this.store.appendToStream(ERASURE_STREAM, events, 'any');
    await this.keys.delete(keyIds);
    return answerOf(erased.data, position);
  }

  /** A retried request answers as the first did; anything else finds no data to erase. */
  private async earlierAnswer(commandId: string, requestHash: string): Promise<CustomerErasure> {
    const earlier = (await this.store.readStream(ERASURE_STREAM)).find(
      (event) => event.metadata.commandId === commandId && event.type === CUSTOMER_DATA_ERASED,
    );
    if (!earlier) throw new CustomerNotFoundError();
    if (earlier.metadata.requestHash !== requestHash) throw new IdempotencyKeyReusedError(commandId);
    return answerOf(earlier.data as CustomerDataErased['data'], earlier.position);
  }
}

const answerOf = (
  data: CustomerDataErased['data'],
  position: RecordedEvent['position'],
): CustomerErasure => ({
  erasedKeys: data.keyIds.length,
  erasedAt: data.erasedAt,
  by: data.by,
  position: position.toString(),
});
