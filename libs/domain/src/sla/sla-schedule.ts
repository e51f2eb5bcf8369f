import type { BusinessCalendar } from '../calendar/business-calendar';
import type { Ticket } from '../feedback/feedback-state';
import type { SlaTarget } from '../feedback/sla-events';
import { PAUSED_STATUSES } from '../feedback/sla-track';
import type { Status } from '../feedback/feedback-vocabulary';
import { instantAfter } from './sla-clock-arithmetic';
import { supervisorFor, type SlaPolicy, type SlaPriority } from './sla-policy';

/** The policy and the calendar it is counted in: everything a deadline depends on besides the ticket. */
export interface SlaRules {
  readonly policy: SlaPolicy;
  readonly calendar: BusinessCalendar;
}

export type SlaDeadlineKind = 'warning' | 'breach' | 'acknowledgement' | 'opinion' | 'progress' | 'follow_up';

/** A fact the SLA clock records once its time has come, unless the ticket moves on first. */
export interface SlaDeadline {
  /** Names the fact, so that it is recorded once (see SlaTrack.recorded). */
  readonly key: string;
  readonly kind: SlaDeadlineKind;
  /** When the fact falls due: a warning point or a deadline. */
  readonly at: string;
  /** The deadline the fact is about. */
  readonly dueAt: string;
  readonly priority: SlaPriority;
  readonly target?: SlaTarget;
  /** What the clock counted from: the assignment, the latest work, or the resolution. */
  readonly since?: string;
  /** For an opinion: the collaborating department it is asked of. */
  readonly department?: string;
  /** For a breach: the supervisor it is escalated to. */
  readonly escalateTo?: string;
}

export interface SlaDueTimes {
  readonly priority: SlaPriority;
  /** Undefined where the policy sets no response target. */
  readonly responseDueAt?: string;
  /** The current cycle's; undefined where the policy sets none or while the clock is paused. */
  readonly resolutionDueAt?: string;
  readonly paused: boolean;
}

const ENDED: readonly Status[] = ['resolved', 'closed', 'archived'];
const WORKED_ON: readonly Status[] = ['in_progress', 'pending_test', 'reopened'];

export const slaPriorityOf = (ticket: Ticket): SlaPriority =>
  ticket.classification?.priority ?? 'unclassified';

export function slaDueTimes(ticket: Ticket, { policy, calendar }: SlaRules): SlaDueTimes {
  const priority = slaPriorityOf(ticket);
  const response = policy.response[priority];
  const resolution = policy.resolution[priority];
  const paused = PAUSED_STATUSES.includes(ticket.status);
  return {
    priority,
    responseDueAt: response ? instantAfter(ticket.receivedAt, response, calendar) : undefined,
    resolutionDueAt:
      resolution && !paused
        ? instantAfter(ticket.sla.cycleStartedAt, resolution, calendar, ticket.sla.pauses)
        : undefined,
    paused,
  };
}

export const targetKey = (
  target: SlaTarget,
  priority: SlaPriority,
  cycle: number,
  kind: 'warning' | 'breach',
) => `${target}/${priority}/c${cycle}/${kind}`;

/** A target's warning point and deadline, the clock standing still during the cycle's pauses. */
function targetDeadlines(
  ticket: Ticket,
  rules: SlaRules,
  target: SlaTarget,
  priority: SlaPriority,
  dueAt: string,
): SlaDeadline[] {
  const duration = rules.policy[target][priority];
  const start = target === 'response' ? ticket.receivedAt : ticket.sla.cycleStartedAt;
  const pauses = target === 'response' ? [] : ticket.sla.pauses;
  const warnAt =
    duration && instantAfter(start, duration, rules.calendar, pauses, rules.policy.warningFraction);
  const cycle = target === 'response' ? 0 : ticket.sla.cycle;
  // Once breached, a target's warning is moot: the clock skipped it if it came late (see decideCheckSla).
  if (ticket.sla.recorded.includes(targetKey(target, priority, cycle, 'breach'))) return [];
  const escalateTo = supervisorFor(rules.policy, ticket.assignment?.department);
  return [
    ...(warnAt
      ? [
          {
            key: targetKey(target, priority, cycle, 'warning'),
            kind: 'warning' as const,
            at: warnAt,
            dueAt,
            priority,
            target,
          },
        ]
      : []),
    {
      key: targetKey(target, priority, cycle, 'breach'),
      kind: 'breach',
      at: dueAt,
      dueAt,
      priority,
      target,
      escalateTo,
    },
  ];
}

function openTicketDeadlines(ticket: Ticket, rules: SlaRules, due: SlaDueTimes): SlaDeadline[] {
  const { policy, calendar } = rules;
  const { priority } = due;
  const deadlines: SlaDeadline[] = [];
  if (!ticket.sla.respondedAt && due.responseDueAt) {
    deadlines.push(...targetDeadlines(ticket, rules, 'response', priority, due.responseDueAt));
  }
  if (due.resolutionDueAt) {
    deadlines.push(...targetDeadlines(ticket, rules, 'resolution', priority, due.resolutionDueAt));
  }
  const acknowledgement = policy.acknowledgement[priority];
  if (ticket.status === 'assigned' && ticket.assignment && acknowledgement) {
    const since = ticket.assignment.assignedAt;
    const dueAt = instantAfter(since, acknowledgement, calendar) as string;
    deadlines.push({
      key: `acknowledgement/${since}`,
      kind: 'acknowledgement',
      at: dueAt,
      dueAt,
      priority,
      since,
    });
  }
  deadlines.push(...opinionDeadlines(ticket, rules, priority));
  const cadence = policy.progressCadence[priority];
  const since = ticket.sla.lastWorkAt;
  if (WORKED_ON.includes(ticket.status) && cadence && since) {
    const dueAt = instantAfter(since, cadence, calendar) as string;
    deadlines.push({ key: `progress/${since}`, kind: 'progress', at: dueAt, dueAt, priority, since });
  }
  return deadlines;
}

function opinionDeadlines(
  ticket: Ticket,
  { policy, calendar }: SlaRules,
  priority: SlaPriority,
): SlaDeadline[] {
  const assignment = ticket.assignment;
  if (!assignment || !policy.collaboratorOpinion) return [];
  const given = new Set((assignment.opinions ?? []).map((opinion) => opinion.department));
  const since = assignment.assignedAt;
  const dueAt = instantAfter(since, policy.collaboratorOpinion, calendar) as string;
  return assignment.collaborators
    .filter((department) => !given.has(department))
    .map((department) => ({
      key: `opinion/${department}/${since}`,
      kind: 'opinion',
      at: dueAt,
      dueAt,
      priority,
      since,
      department,
    }));
}

function followUpDeadline(
  ticket: Ticket,
  { policy, calendar }: SlaRules,
  priority: SlaPriority,
): SlaDeadline[] {
  const since = ticket.resolution?.resolvedAt;
  const asked =
    ticket.satisfaction !== undefined &&
    since !== undefined &&
    Date.parse(ticket.satisfaction.recordedAt) >= Date.parse(since);
  if (ticket.status !== 'resolved' || !policy.followUp || !since || asked) return [];
  const dueAt = instantAfter(since, policy.followUp, calendar) as string;
  const at = instantAfter(since, policy.followUp, calendar, [], policy.warningFraction) as string;
  return [{ key: `follow_up/c${ticket.sla.cycle}`, kind: 'follow_up', at, dueAt, priority, since }];
}

/**
 * The SLA facts still to come for the ticket as it stands, earliest first. Recomputed after every
 * event, so a new priority, a pause or a reopening moves them; facts already recorded are left out.
 */
export function slaSchedule(
  ticket: Ticket,
  rules: SlaRules,
  // A caller that already computed the due times (the ticket view, on every event) passes them in.
  due: SlaDueTimes = slaDueTimes(ticket, rules),
): SlaDeadline[] {
  if (ENDED.includes(ticket.status) && ticket.status !== 'resolved') return [];
  const all =
    ticket.status === 'resolved'
      ? followUpDeadline(ticket, rules, due.priority)
      : openTicketDeadlines(ticket, rules, due);
  const recorded = new Set(ticket.sla.recorded);
  return all
    .filter((deadline) => !recorded.has(deadline.key))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
