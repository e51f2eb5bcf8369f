import { evolveFeedback, type FeedbackEvent, type Ticket } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';

/**
 * Figures computed the plain way, straight from the events, sharing nothing with the projections
 * but the domain's evolve: the yardstick the KPI endpoints are checked against.
 */
export interface TicketFacts {
  readonly ticket: Ticket;
  readonly respondedAt?: string;
  readonly resolvedAt?: string;
}

export function ticketFacts(events: readonly RecordedEvent[]): TicketFacts[] {
  const byStream = new Map<string, { ticket?: Ticket; respondedAt?: string; resolvedAt?: string }>();
  for (const recorded of events) {
    if (!recorded.streamId.startsWith('feedback-')) continue;
    const event = { type: recorded.type, data: recorded.data } as FeedbackEvent;
    const facts = byStream.get(recorded.streamId) ?? {};
    facts.ticket = evolveFeedback(facts.ticket, event);
    const data = recorded.data as Record<string, string>;
    const at = data.acknowledgedAt ?? data.requestedAt ?? data.resolvedAt;
    if (['AssignmentAcknowledged', 'InformationRequested', 'FeedbackResolved'].includes(event.type)) {
      facts.respondedAt ??= at;
    }
    if (event.type === 'FeedbackResolved') facts.resolvedAt ??= data.resolvedAt;
    byStream.set(recorded.streamId, facts);
  }
  return [...byStream.values()].map((f) => ({
    ticket: f.ticket as Ticket,
    respondedAt: f.respondedAt,
    resolvedAt: f.resolvedAt,
  }));
}

/** SPEC §7 in plain hours: response and resolution targets; none before classification uses the company aim. */
const TARGET_HOURS: Record<string, [number, number | undefined]> = {
  P1: [2, 24],
  P2: [24, 72],
  P3: [72, 168],
  P4: [120, undefined],
  none: [24, 48],
};

export function shanghaiDay(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(iso));
}

export interface PlainStats {
  handled: number;
  timely: number;
  minutes: number[];
}

/** Response and resolution stats per priority over tickets handled between two days (inclusive). */
export function timelinessByPriority(facts: readonly TicketFacts[], from: string, to: string) {
  const stats: Record<string, Record<'response' | 'resolution', PlainStats>> = {};
  for (const { ticket, respondedAt, resolvedAt } of facts) {
    const priority = ticket.classification?.priority ?? 'none';
    const [responseHours, resolutionHours] = TARGET_HOURS[priority];
    const received = Date.parse(ticket.receivedAt);
    const entries: ['response' | 'resolution', string | undefined, number | undefined][] = [
      ['response', respondedAt, responseHours],
      ['resolution', resolvedAt, resolutionHours],
    ];
    for (const [kind, at, hours] of entries) {
      if (!at) continue;
      const day = shanghaiDay(at);
      if (day < from || day > to) continue;
      const bucket = (stats[priority] ??= {
        response: { handled: 0, timely: 0, minutes: [] },
        resolution: { handled: 0, timely: 0, minutes: [] },
      })[kind];
      bucket.handled++;
      if (hours === undefined || Date.parse(at) <= received + hours * 3_600_000) bucket.timely++;
      bucket.minutes.push(Math.round((Date.parse(at) - received) / 60_000));
    }
  }
  return stats;
}

/**
 * The KPI's handling-time bins, written out again: minutes below an hour, quarter hours below a
 * day, hours below a week, whole days beyond; a bin is named by its lower bound.
 */
export function binOf(minutes: number): number {
  if (minutes < 60) return minutes;
  if (minutes < 1440) return minutes - (minutes % 15);
  if (minutes < 10080) return minutes - (minutes % 60);
  return minutes - (minutes % 1440);
}

/** Nearest-rank percentile. */
export function percentileOf(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1];
}

/** The final state of every ticket, for the intake and satisfaction figures. */
export function finalTickets(events: readonly RecordedEvent[]): Ticket[] {
  const byStream = new Map<string, Ticket | undefined>();
  for (const recorded of events) {
    if (!recorded.streamId.startsWith('feedback-')) continue;
    const event = { type: recorded.type, data: recorded.data } as FeedbackEvent;
    byStream.set(recorded.streamId, evolveFeedback(byStream.get(recorded.streamId), event));
  }
  return [...byStream.values()].filter((t): t is Ticket => t !== undefined);
}
