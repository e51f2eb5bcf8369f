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
  /** Until the first resolution: [from, to) instants the ticket waited for the customer. */
  readonly pauses: [number, number][];
}

export function ticketFacts(events: readonly RecordedEvent[]): TicketFacts[] {
  const byStream = new Map<
    string,
    { ticket?: Ticket; respondedAt?: string; resolvedAt?: string; pauses: [number, number][] }
  >();
  for (const recorded of events) {
    if (!recorded.streamId.startsWith('feedback-')) continue;
    const event = { type: recorded.type, data: recorded.data } as FeedbackEvent;
    const facts = byStream.get(recorded.streamId) ?? { pauses: [] };
    const wasWaiting = facts.ticket !== undefined && WAITING.includes(facts.ticket.status);
    facts.ticket = evolveFeedback(facts.ticket, event);
    const isWaiting = WAITING.includes(facts.ticket?.status ?? '');
    const data = recorded.data as Record<string, string>;
    const at =
      data.acknowledgedAt ?? data.requestedAt ?? data.resolvedAt ?? data.updatedAt ?? data.providedAt;
    if (['AssignmentAcknowledged', 'InformationRequested', 'FeedbackResolved'].includes(event.type)) {
      facts.respondedAt ??= at;
    }
    if (!facts.resolvedAt && !wasWaiting && isWaiting) facts.pauses.push([Date.parse(at), Infinity]);
    if (!facts.resolvedAt && wasWaiting && !isWaiting)
      facts.pauses[facts.pauses.length - 1][1] = Date.parse(at);
    if (event.type === 'FeedbackResolved') facts.resolvedAt ??= data.resolvedAt;
    byStream.set(recorded.streamId, facts);
  }
  return [...byStream.values()].map((f) => ({
    ticket: f.ticket as Ticket,
    respondedAt: f.respondedAt,
    resolvedAt: f.resolvedAt,
    pauses: f.pauses,
  }));
}

const WAITING = ['pending_customer', 'awaiting_info'];
const HOUR = 3_600_000;

/** SPEC §7 as the default policy reads it: [hours, counted in working time?] for response and resolution. */
const TARGETS: Record<string, [[number, boolean], [number, boolean] | undefined]> = {
  P1: [
    [2, false],
    [24, false],
  ],
  P2: [
    [8, true],
    [24, true],
  ],
  P3: [
    [24, true],
    [56, true],
  ],
  P4: [[40, true], undefined],
  none: [
    [8, true],
    [16, true],
  ],
};

/**
 * The instant `hours` of counted time after `start`, written out plainly for Shanghai (UTC+8, no
 * daylight saving): working time is 09:00–12:00 and 13:00–18:00 on the calendar's working days,
 * calendar time is every hour; time inside `pauses` does not count.
 */
function dueAfter(
  start: number,
  [hours, working]: [number, boolean],
  isWorkingDay: (day: string) => boolean,
  pauses: readonly (readonly [number, number])[],
): number {
  let remaining = hours * HOUR;
  const dayOf = (instant: number) => new Date(instant + 8 * HOUR).toISOString().slice(0, 10);
  for (let day = Date.parse(`${dayOf(start)}T00:00:00+08:00`); ; day += 24 * HOUR) {
    const blocks = !working
      ? [[day, day + 24 * HOUR]]
      : isWorkingDay(dayOf(day))
        ? [
            [day + 9 * HOUR, day + 12 * HOUR],
            [day + 13 * HOUR, day + 18 * HOUR],
          ]
        : [];
    for (const [blockStart, blockEnd] of blocks) {
      // The block minus the pauses, as the pieces of it that count.
      let pieces = [[Math.max(blockStart, start), blockEnd]];
      for (const [from, to] of pauses) {
        pieces = pieces.flatMap(([a, b]) => [
          [a, Math.min(b, from)],
          [Math.max(a, to), b],
        ]);
      }
      for (const [a, b] of pieces) {
        if (b < a) continue;
        if (remaining <= b - a) return a + remaining;
        remaining -= b - a;
      }
    }
  }
}

export function shanghaiDay(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(iso));
}

export interface PlainStats {
  handled: number;
  timely: number;
  minutes: number[];
}

/** Response and resolution stats per priority over tickets handled between two days (inclusive). */
export function timelinessByPriority(
  facts: readonly TicketFacts[],
  from: string,
  to: string,
  isWorkingDay: (day: string) => boolean,
) {
  const stats: Record<string, Record<'response' | 'resolution', PlainStats>> = {};
  for (const { ticket, respondedAt, resolvedAt, pauses } of facts) {
    const priority = ticket.classification?.priority ?? 'none';
    const [response, resolution] = TARGETS[priority];
    const received = Date.parse(ticket.receivedAt);
    const entries: ['response' | 'resolution', string | undefined, () => number][] = [
      ['response', respondedAt, () => dueAfter(received, response, isWorkingDay, [])],
      [
        'resolution',
        resolvedAt,
        () => (resolution ? dueAfter(received, resolution, isWorkingDay, pauses) : Infinity),
      ],
    ];
    for (const [kind, at, due] of entries) {
      if (!at) continue;
      const day = shanghaiDay(at);
      if (day < from || day > to) continue;
      const bucket = (stats[priority] ??= {
        response: { handled: 0, timely: 0, minutes: [] },
        resolution: { handled: 0, timely: 0, minutes: [] },
      })[kind];
      bucket.handled++;
      if (Date.parse(at) <= due()) bucket.timely++;
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
