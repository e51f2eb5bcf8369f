import type { Ticket } from '../feedback/feedback-state';
import { PAUSED_STATUSES } from '../feedback/sla-track';
import type { SlaPolicy } from './sla-policy';
import { slaPriorityOf, targetKey } from './sla-schedule';

export const SLA_STATES = ['on_track', 'at_risk', 'breached', 'paused'] as const;
export type SlaState = (typeof SLA_STATES)[number];

const ENDED = new Set(['resolved', 'closed', 'archived']);

/**
 * Where an open ticket stands against the target it is running on now (the first response until
 * one is given, then the resolution), as the SLA facts recorded so far tell; undefined once the
 * ticket is resolved. Derived from recorded facts only, so a view shows what the clock has seen.
 */
export function slaStateOf(ticket: Ticket, policy: SlaPolicy): SlaState | undefined {
  if (ENDED.has(ticket.status)) return undefined;
  if (PAUSED_STATUSES.includes(ticket.status)) return 'paused';
  const priority = slaPriorityOf(ticket);
  const onResponse = !ticket.sla.respondedAt && policy.response[priority] !== null;
  if (!onResponse && policy.resolution[priority] === null) return 'on_track';
  const target = onResponse ? 'response' : 'resolution';
  const cycle = onResponse ? 0 : ticket.sla.cycle;
  const recorded = new Set(ticket.sla.recorded);
  if (recorded.has(targetKey(target, priority, cycle, 'breach'))) return 'breached';
  if (recorded.has(targetKey(target, priority, cycle, 'warning'))) return 'at_risk';
  return 'on_track';
}
