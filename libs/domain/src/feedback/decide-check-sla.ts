import type { SlaDeadline } from '../sla/sla-schedule';
import type { CheckSla } from './feedback-commands';
import type { Ticket } from './feedback-state';
import { accept, type Decision } from './feedback-refusal';
import type { SlaEvent } from './sla-events';

function factsOf(deadline: SlaDeadline, ticket: Ticket, command: CheckSla): SlaEvent[] {
  const fact = { key: deadline.key, dueAt: deadline.dueAt, by: command.by, detectedAt: command.at };
  const target = deadline.target ?? 'resolution';
  switch (deadline.kind) {
    case 'warning':
      return [
        {
          type: 'SlaWarningRaised',
          data: { ...fact, target, priority: deadline.priority, warnAt: deadline.at },
        },
        ...(target === 'resolution'
          ? [
              {
                type: 'CustomerDelayNoticeQueued' as const,
                data: { ...fact, target, channel: ticket.channel },
              },
            ]
          : []),
      ];
    case 'breach':
      return [
        { type: 'SlaBreached', data: { ...fact, target, priority: deadline.priority } },
        {
          type: 'TicketEscalated',
          data: {
            ...fact,
            target,
            to: deadline.escalateTo ?? 'supervisor',
            department: ticket.assignment?.department,
            reason: `the ${target} target (${deadline.priority}) was due at ${deadline.dueAt}`,
          },
        },
      ];
    case 'acknowledgement':
      return [
        {
          type: 'AcknowledgementOverdue',
          data: {
            ...fact,
            department: ticket.assignment?.department ?? '',
            assignee: ticket.assignment?.assignee,
            assignedAt: deadline.since ?? '',
          },
        },
      ];
    case 'opinion':
      return [
        {
          type: 'CollaboratorOpinionOverdue',
          data: { ...fact, department: deadline.department ?? '', assignedAt: deadline.since ?? '' },
        },
      ];
    case 'progress':
      return [{ type: 'ProgressUpdateOverdue', data: { ...fact, lastUpdateAt: deadline.since ?? '' } }];
    case 'follow_up':
      return [{ type: 'FollowUpDue', data: { ...fact, resolvedAt: deadline.since ?? '' } }];
  }
}

/**
 * Records every deadline whose time has come and that the ticket has not recorded yet; nothing
 * when none has. A warning noticed only after its target's deadline is skipped: it would tell the
 * customer of a delay after the fact, and the breach says more.
 */
export function decideCheckSla(command: CheckSla, ticket: Ticket): Decision {
  const recorded = new Set(ticket.sla.recorded);
  const now = Date.parse(command.at);
  const due = command.data.deadlines.filter(
    (deadline) => Date.parse(deadline.at) <= now && !recorded.has(deadline.key),
  );
  return accept(
    ...due
      .filter((deadline) => !(deadline.kind === 'warning' && Date.parse(deadline.dueAt) <= now))
      .flatMap((deadline) => factsOf(deadline, ticket, command)),
  );
}
