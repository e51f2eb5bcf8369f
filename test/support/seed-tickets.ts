import { randomUUID } from 'node:crypto';
import {
  CATEGORIES,
  decideFeedback,
  evolveFeedback,
  formatTrackingNumber,
  type FeedbackCommand,
  type FeedbackState,
  type Priority,
  type Rating,
} from '@ledger/domain';
import type { EventStore } from '@ledger/event-store';

/** A small deterministic random source, so a seed gives the same tickets every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Step = Omit<FeedbackCommand, 'by' | 'at'>;

const DEPARTMENTS = ['Technology', 'Product', 'Customer Service'];
const PRIORITIES: Priority[] = ['P1', 'P2', 'P3', 'P4'];
const RATINGS: Rating[] = ['satisfied', 'basically_satisfied', 'dissatisfied'];
const TOPICS = ['logistics', 'payment', 'service', 'performance', 'account'];

/**
 * How far through its lifecycle a generated ticket gets, with varied timings. Some complaints are
 * marked as repeats of an earlier ticket, as the handler would after looking them up.
 */
function lifecycle(random: () => number, earlier: { id: string; ticketNo: string } | undefined): Step[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const category = pick(CATEGORIES);
  const repeatOf =
    category === 'complaint' && earlier && random() < 0.3
      ? { repeatOf: { feedbackId: earlier.id, ticketNo: earlier.ticketNo, matchedOn: 'category' as const } }
      : {};
  const steps: Step[] = [
    {
      type: 'Classify',
      data: { category, priority: pick(PRIORITIES), topics: [pick(TOPICS)], ...repeatOf },
    },
    {
      type: 'Assign',
      data: { department: pick(DEPARTMENTS), assignee: `agent-${Math.floor(random() * 20)}` },
    },
    { type: 'Acknowledge', data: {} },
    // A wait for the customer, during which the resolution clock stands still.
    { type: 'UpdateProgress', data: { status: 'pending_customer', note: 'asked the customer to retry' } },
    { type: 'UpdateProgress', data: { status: 'in_progress', note: 'looking into it' } },
    { type: 'Resolve', data: { solution: 'done', kind: 'fix' } },
    { type: 'RecordSatisfaction', data: { rating: pick(RATINGS), score: 1 + Math.floor(random() * 5) } },
    { type: 'Reopen', data: { reason: 'customer called again' } },
    { type: 'UpdateProgress', data: { note: 'reopened, looking again' } },
    { type: 'Resolve', data: { solution: 'done, really', kind: 'fix' } },
  ] as Step[];
  return steps.slice(0, Math.floor(random() * (steps.length + 1)));
}

export interface SeedOptions {
  readonly count: number;
  readonly seed?: number;
  /** Receipt time of the first ticket; the others follow a few minutes apart. */
  readonly start?: Date;
}

/**
 * Writes `count` tickets with varied lifecycles straight to an event store, deciding every step
 * with the real decider, as the command handler would; steps the decider refuses are left out.
 * Returns the number of events written.
 */
export async function seedTickets(store: EventStore, options: SeedOptions): Promise<number> {
  const random = seededRandom(options.seed ?? 1);
  let clock = (options.start ?? new Date('2023-10-01T00:00:00Z')).getTime();
  let written = 0;
  let previousId = '';
  let previousNo = '';
  const pending: Promise<unknown>[] = [];
  for (let n = 0; n < options.count; n++) {
    clock += Math.floor(random() * 10 * 60_000);
    const id = randomUUID();
    let at = clock;
    let state: FeedbackState = undefined;
    const events = [];
    const receive: FeedbackCommand = {
      type: 'ReceiveFeedback',
      data: {
        feedbackId: id,
        ticketNo: formatTrackingNumber({ day: '20231001', sequence: n + 1 }),
        channel: 'web',
        content: `generated ticket ${n}`,
        customer: { id: `customer-${Math.floor(random() * 500)}` },
      },
      by: 'seed',
      at: new Date(at).toISOString(),
    };
    const earlier = n > 0 ? { id: previousId, ticketNo: previousNo } : undefined;
    for (const step of [receive, ...lifecycle(random, earlier)]) {
      const command = { ...step, by: 'seed', at: new Date(at).toISOString() } as FeedbackCommand;
      const decision = decideFeedback(command, state);
      // A step the ticket's state does not allow (reopening a ticket the rating already reopened) is skipped.
      if (!decision.ok) continue;
      for (const event of decision.events) {
        state = evolveFeedback(state, event);
        events.push({ id: randomUUID(), type: event.type, data: event.data, metadata: { actor: 'seed' } });
      }
      at += Math.floor(random() * 48 * 3_600_000);
    }
    written += events.length;
    previousId = id;
    previousNo = receive.data.ticketNo;
    pending.push(store.appendToStream(`feedback-${id}`, events, 'no_stream'));
    if (pending.length >= 500) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  return written;
}
