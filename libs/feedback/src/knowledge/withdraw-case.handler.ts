import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { CLOCK, type Clock } from '../clock';
import { changeKnowledgeCase } from './change-knowledge-case';
import type { KnowledgeCaseResult } from './knowledge-case-result';
import { WithdrawCaseCommand } from './knowledge-commands';

@CommandHandler(WithdrawCaseCommand)
export class WithdrawCaseHandler implements ICommandHandler<WithdrawCaseCommand, KnowledgeCaseResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ caseId, reason, context }: WithdrawCaseCommand): Promise<KnowledgeCaseResult> {
    return changeKnowledgeCase(
      this.store,
      this.clock,
      caseId,
      { type: 'WithdrawCase', data: { reason } },
      context,
    );
  }
}
