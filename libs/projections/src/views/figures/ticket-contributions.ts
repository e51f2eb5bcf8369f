import { dayInTimeZone } from '@ledger/domain';
import { NO_DEADLINE, type TicketDocument } from '../ticket-document';

/** The fields of a ticket that its figures are computed from. */
export type FigureSource = Pick<
  TicketDocument,
  | 'receivedAt'
  | 'respondedAt'
  | 'resolvedAt'
  | 'responseDueAt'
  | 'firstResolutionDueAt'
  | 'priority'
  | 'department'
  | 'category'
  | 'topics'
  | 'rating'
  | 'score'
  | 'ratedAt'
  | 'closedAt'
  | 'reopenCount'
  | 'repeatOf'
>;
import type { Contribution } from './contributions';
import { handlingTimeBin } from './handling-time-bins';

export const FIGURES_TIMELINESS = 'figures_timeliness';
export const FIGURES_SATISFACTION = 'figures_satisfaction';
export const FIGURES_INTAKE = 'figures_intake';

/** The dimensions every figure can be broken down by; `all` is the total. */
export const DIMENSIONS = ['all', 'priority', 'department', 'category'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Bucket ids are calendar days `YYYY-MM-DD` in the company's time zone. */
export function dayOf(iso: string, timeZone: string): string {
  const day = dayInTimeZone(new Date(iso), timeZone);
  return `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;
}

function dimensionValues(ticket: FigureSource): [Dimension, string][] {
  return [
    ['all', 'all'],
    ['priority', ticket.priority ?? 'none'],
    ['department', ticket.department ?? 'none'],
    ['category', ticket.category ?? 'none'],
  ];
}

const minutesBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / 60_000);

/**
 * Timeliness: a first response or first resolution is counted on the day it happened, as handled,
 * within target when it came no later than its due time, with its handling time binned (see
 * handlingTimeBin) and summed.
 */
function timeliness(ticket: FigureSource, timeZone: string): Contribution[] {
  const handled: ['response' | 'resolution', string | undefined, string][] = [
    ['response', ticket.respondedAt, ticket.responseDueAt],
    ['resolution', ticket.resolvedAt, ticket.firstResolutionDueAt ?? NO_DEADLINE],
  ];
  return handled.flatMap(([kind, handledAt, dueAt]) => {
    if (!handledAt) return [];
    const bucket = dayOf(handledAt, timeZone);
    const minutes = minutesBetween(ticket.receivedAt, handledAt);
    const bin = String(handlingTimeBin(minutes));
    const timely = handledAt <= dueAt;
    return dimensionValues(ticket).flatMap(([dimension, value]) => {
      const count = (amount: number, ...rest: string[]): Contribution => ({
        collection: FIGURES_TIMELINESS,
        bucket,
        path: [kind, dimension, value, ...rest],
        amount,
      });
      return [
        count(1, 'handled'),
        ...(timely ? [count(1, 'timely')] : []),
        count(1, 'minutes', bin),
        ...(minutes !== 0 ? [count(minutes, 'totalMinutes')] : []),
      ];
    });
  });
}

/** Satisfaction: the customer's latest rating, counted on the day it was given. */
function satisfaction(ticket: FigureSource, timeZone: string): Contribution[] {
  if (!ticket.rating || !ticket.ratedAt) return [];
  const bucket = dayOf(ticket.ratedAt, timeZone);
  return dimensionValues(ticket).flatMap(([dimension, value]) => [
    {
      collection: FIGURES_SATISFACTION,
      bucket,
      path: [dimension, value, 'rating', ticket.rating ?? ''],
      amount: 1,
    },
    ...(ticket.score
      ? [
          {
            collection: FIGURES_SATISFACTION,
            bucket,
            path: [dimension, value, 'score', String(ticket.score)],
            amount: 1,
          },
        ]
      : []),
  ]);
}

/**
 * Intake, counted on the receipt day: tickets received, and of those how many were resolved,
 * closed, reopened, and (complaints) repeats, per dimension; and tickets per topic.
 */
function intake(ticket: FigureSource, timeZone: string): Contribution[] {
  const bucket = dayOf(ticket.receivedAt, timeZone);
  const count = (...path: string[]): Contribution => ({
    collection: FIGURES_INTAKE,
    bucket,
    path,
    amount: 1,
  });
  const outcomes = [
    'received',
    ...(ticket.resolvedAt ? ['resolved'] : []),
    ...(ticket.closedAt ? ['closed'] : []),
    ...(ticket.reopenCount > 0 ? ['reopened'] : []),
    ...(ticket.repeatOf && ticket.category === 'complaint' ? ['repeat'] : []),
  ];
  return [
    ...dimensionValues(ticket).flatMap(([dimension, value]) =>
      outcomes.map((o) => count(dimension, value, o)),
    ),
    ...ticket.topics.map((topic) => count('topic', topic, 'received')),
  ];
}

export function contributionsOf(ticket: FigureSource, timeZone: string): Contribution[] {
  return [...timeliness(ticket, timeZone), ...satisfaction(ticket, timeZone), ...intake(ticket, timeZone)];
}
