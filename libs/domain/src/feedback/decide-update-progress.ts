import type { UpdateProgress } from './feedback-commands';
import { accept, type Decision } from './feedback-refusal';
import type { Ticket } from './feedback-state';
import { WORK_STATUSES, type WorkStatus } from './feedback-vocabulary';

/** A note without a status keeps the current work status; a reopened ticket resumes in progress. */
export function decideUpdateProgress(command: UpdateProgress, ticket: Ticket): Decision {
  const current = WORK_STATUSES.find((s) => s === ticket.status);
  const status: WorkStatus = command.data.status ?? current ?? 'in_progress';
  return accept({
    type: 'ProgressUpdated',
    data: { status, note: command.data.note, by: command.by, updatedAt: command.at },
  });
}
