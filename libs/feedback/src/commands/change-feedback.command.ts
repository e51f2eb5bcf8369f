import { Command } from '@nestjs/cqrs';
import type { FeedbackCommand, ReceiveFeedback } from '@ledger/domain';
import type { CommandContext } from '../command-context';
import type { CommandResult, Unstamped } from './command-result';

/** Any command on an existing ticket. */
export class ChangeFeedbackCommand extends Command<CommandResult> {
  constructor(
    readonly feedbackId: string,
    readonly command: Unstamped<Exclude<FeedbackCommand, ReceiveFeedback>>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
