import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  decideKnowledgeCase,
  evolveKnowledgeCase,
  knowledgeStreamId,
  type PublishCase,
} from '@ledger/domain';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '@ledger/event-store';
import { CLOCK, type Clock } from '../clock';
import { toNewEvents, type CommandContext } from '../command-context';
import { CommandRefusedError } from '../errors/feedback-errors';
import { KnowledgeCaseConflictError } from '../errors/knowledge-errors';
import { knowledgeCaseIdFor } from '../event-ids';
import { readCaseSource, type CaseSourceFacts } from './case-source';
import { caseResultOf, previousCaseOutcome, type KnowledgeCaseResult } from './knowledge-case-result';
import { PublishCaseCommand, type PublishCaseRequest } from './knowledge-commands';
import { loadKnowledgeCase } from './knowledge-stream';

/**
 * Reads the source (a ticket or a problem) from its own stream, decides, and starts the case's
 * stream. Without an Idempotency-Key the case gets a fresh random id; with one, an id derived
 * from it, as intake does, so that a retry finds the first answer instead of a second case.
 */
@CommandHandler(PublishCaseCommand)
export class PublishCaseHandler implements ICommandHandler<PublishCaseCommand, KnowledgeCaseResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ request, context }: PublishCaseCommand): Promise<KnowledgeCaseResult> {
    const caseId = context.keyedByClient ? knowledgeCaseIdFor(context.commandId) : randomUUID();
    const earlier = context.keyedByClient ? await this.earlierAnswer(caseId, context) : undefined;
    if (earlier) return earlier;
    const facts = await readCaseSource(this.store, request.source);
    const command = this.publication(caseId, request, facts, context);
    const decision = decideKnowledgeCase(command, undefined);
    if (!decision.ok) throw new CommandRefusedError(decision.refusal);
    try {
      const appended = await this.store.appendToStream(
        knowledgeStreamId(caseId),
        toNewEvents(decision.events, context, command.type),
        'no_stream',
      );
      // A repeat racing this one may have been recorded first, at its own time: answer with what is stored.
      const first = context.keyedByClient ? await this.earlierAnswer(caseId, context) : undefined;
      if (first) return first;
      const state = decision.events.reduce(evolveKnowledgeCase, undefined);
      if (!state) throw new Error('a published case has state');
      return caseResultOf(state, appended.position);
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      const raced = await this.earlierAnswer(caseId, context);
      if (raced) return raced;
      throw new KnowledgeCaseConflictError(caseId, undefined, undefined);
    }
  }

  /** The publisher's fields, and the source's for those left out; title and symptom are never defaulted. */
  private publication(
    caseId: string,
    request: PublishCaseRequest,
    { source, status, defaults }: CaseSourceFacts,
    context: CommandContext,
  ): PublishCase {
    const cause = request.cause ?? defaults.cause;
    const category = request.category ?? defaults.category;
    return {
      type: 'PublishCase',
      data: {
        caseId,
        title: request.title,
        symptom: request.symptom,
        solution: request.solution ?? defaults.solution ?? '',
        ...(cause === undefined ? {} : { cause }),
        ...(category === undefined ? {} : { category }),
        topics: request.topics ?? defaults.topics,
        source,
        sourceStatus: status,
        ...(request.language === undefined ? {} : { language: request.language }),
      },
      by: context.actor,
      at: this.clock.now().toISOString(),
    };
  }

  private async earlierAnswer(
    caseId: string,
    context: CommandContext,
  ): Promise<KnowledgeCaseResult | undefined> {
    const { events } = await loadKnowledgeCase(this.store, caseId);
    return previousCaseOutcome(events, context);
  }
}
