import { Command } from '@nestjs/cqrs';

/** Records the SLA facts of one ticket whose time has come; answers how many events it appended. */
export class CheckSlaCommand extends Command<number> {
  constructor(readonly feedbackId: string) {
    super();
  }
}
