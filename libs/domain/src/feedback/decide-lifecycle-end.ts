import type { Archive, Close, Reopen } from './feedback-commands';
import { accept, type Decision } from './feedback-refusal';
import type { Ticket } from './feedback-state';

export function decideReopen(command: Reopen, _ticket: Ticket): Decision {
  return accept({
    type: 'FeedbackReopened',
    data: { reason: command.data.reason, by: command.by, reopenedAt: command.at },
  });
}

/** Closing without a rating, e.g. when the follow-up visit got no answer. */
export function decideClose(command: Close, _ticket: Ticket): Decision {
  return accept({
    type: 'FeedbackClosed',
    data: { reason: command.data.reason ?? 'closed without a rating', by: command.by, closedAt: command.at },
  });
}

export function decideArchive(command: Archive, _ticket: Ticket): Decision {
  return accept({
    type: 'FeedbackArchived',
    data: { reason: command.data.reason, by: command.by, archivedAt: command.at },
  });
}
