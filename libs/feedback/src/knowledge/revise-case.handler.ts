import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { CLOCK, type Clock } from '../clock';
import { changeKnowledgeCase } from './change-knowledge-case';
import type { KnowledgeCaseResult } from './knowledge-case-result';
import { ReviseCaseCommand } from './knowledge-commands';

@CommandHandler(ReviseCaseCommand)
export class ReviseCaseHandler implements ICommandHandler<ReviseCaseCommand, KnowledgeCaseResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ caseId, changes, context }: ReviseCaseCommand): Promise<KnowledgeCaseResult> {
    return changeKnowledgeCase(
      this.store,
      this.clock,
      caseId,
      { type: 'ReviseCase', data: changes },
      context,
    );
  }
}
