import { Command } from '@nestjs/cqrs';
import type { ReceiveFeedback } from '@ledger/domain';
import type { CommandContext } from '../command-context';
import type { CommandResult } from './command-result';

/**
 * New feedback. The handler derives the ticket id from the command id (so a repeated request
 * with the same Idempotency-Key finds the same ticket) and allocates its tracking number.
 */
export class ReceiveFeedbackCommand extends Command<CommandResult> {
  constructor(
    readonly data: Omit<ReceiveFeedback['data'], 'feedbackId' | 'ticketNo'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
