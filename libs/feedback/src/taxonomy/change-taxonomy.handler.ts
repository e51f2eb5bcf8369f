import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { changeTaxonomy, TAXONOMY_STREAM, type TaxonomyRevision } from '@ledger/classifier';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '@ledger/event-store';
import { CLOCK, type Clock } from '../clock';
import { toNewEvents } from '../command-context';
import { IdempotencyKeyReusedError, TaxonomyConflictError } from '../errors/feedback-errors';
import { ChangeTaxonomyCommand } from './change-taxonomy.command';
import { TaxonomyLog } from './taxonomy-log';

@CommandHandler(ChangeTaxonomyCommand)
export class ChangeTaxonomyHandler implements ICommandHandler<ChangeTaxonomyCommand, TaxonomyRevision> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly log: TaxonomyLog,
  ) {}

  async execute({ taxonomy, reason, context }: ChangeTaxonomyCommand): Promise<TaxonomyRevision> {
    const recorded = await this.log.history();
    // A retried request answers as the first did.
    const earlier = recorded.find((event) => event.metadata.commandId === context.commandId);
    if (earlier) {
      if (earlier.metadata.requestHash !== context.requestHash)
        throw new IdempotencyKeyReusedError(context.commandId);
      const [{ revision, changedAt, by }] = this.log.changesOf([earlier]);
      return { revision, taxonomy, changedAt, by, reason };
    }
    const current = await this.log.current();
    const expected = context.expectedRevision;
    if (expected !== undefined && expected !== current.revision) {
      throw new TaxonomyConflictError(expected, current.revision);
    }
    const change = changeTaxonomy(current, taxonomy, {
      reason,
      by: context.actor,
      at: this.clock.now().toISOString(),
    });
    try {
      // Taxonomy revision n is stream revision n − 1.
      await this.store.appendToStream(
        TAXONOMY_STREAM,
        toNewEvents([{ type: change.type, data: { ...change.data } }], context, 'ChangeTaxonomy'),
        current.revision - 1,
      );
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) {
        throw new TaxonomyConflictError(current.revision, (await this.log.current()).revision);
      }
      throw error;
    }
    return this.log.current();
  }
}
