import type { ReadDocument } from '@ledger/read-store';
import type { Projection } from '../../projection';
import { toFeedbackEvent } from '../feedback-event-of';
import { TICKETS, type TicketDocument } from '../ticket-document';
import { applyContributions, difference, type Contribution } from './contributions';
import {
  contributionsOf,
  FIGURES_INTAKE,
  FIGURES_SATISFACTION,
  FIGURES_TIMELINESS,
  type FigureSource,
} from './ticket-contributions';

/** The facts each ticket last contributed from, so the next change applies only the difference. */
export const FIGURE_INPUTS = 'figure_inputs';

const INPUT_FIELDS: readonly (keyof FigureSource)[] = [
  'receivedAt',
  'respondedAt',
  'resolvedAt',
  'responseDueAt',
  'firstResolutionDueAt',
  'priority',
  'department',
  'category',
  'topics',
  'rating',
  'score',
  'ratedAt',
  'closedAt',
  'reopenCount',
  'repeatOf',
];

interface StoredInputs extends ReadDocument {
  readonly inputs: FigureSource;
}

function inputsOf(ticket: TicketDocument): FigureSource {
  const picked: Record<string, unknown> = {};
  for (const field of INPUT_FIELDS) if (ticket[field] !== undefined) picked[field] = ticket[field];
  return picked as unknown as FigureSource;
}

/** Inputs are built in a fixed field order, so equal inputs serialise alike. */
const sameInputs = (a: FigureSource, b: FigureSource): boolean => JSON.stringify(a) === JSON.stringify(b);

const contributionsFrom = (inputs: FigureSource | undefined, timeZone: string): Contribution[] =>
  inputs ? contributionsOf(inputs, timeZone) : [];

/**
 * The analyst figures, kept as per-day counters. At the end of each batch, every ticket the batch
 * changed contributes the difference between its figures now and before; each day's bucket is
 * then read and written once per batch. Reads the ticket documents the tickets projection wrote.
 */
export function figuresProjection(timeZone: string): Projection {
  /** Tickets changed in the batch under way: their figures are brought up to date once, at its end. */
  const touched = new Set<string>();
  /** Tickets whose first event is in the batch under way: they have no stored inputs to read. */
  const fresh = new Set<string>();
  return {
    name: 'figures',
    collections: [
      { name: FIGURES_TIMELINESS, indexes: ['day'] },
      { name: FIGURES_SATISFACTION, indexes: ['day'] },
      { name: FIGURES_INTAKE, indexes: ['day'] },
      { name: FIGURE_INPUTS, indexes: [] },
    ],
    apply(recorded) {
      if (toFeedbackEvent(recorded)) {
        const id = recorded.streamId.slice('feedback-'.length);
        touched.add(id);
        if (recorded.revision === 0) fresh.add(id);
      }
      return Promise.resolve();
    },
    async completeBatch(views) {
      const ids = [...touched];
      const first = new Set(fresh);
      touched.clear();
      fresh.clear();
      const delta: Contribution[] = [];
      for (const id of ids) {
        const ticket = await views.get<TicketDocument>(TICKETS, id);
        if (!ticket) continue;
        const inputs = inputsOf(ticket);
        const stored = first.has(id) ? undefined : await views.get<StoredInputs>(FIGURE_INPUTS, id);
        if (stored && sameInputs(stored.inputs, inputs)) continue;
        delta.push(
          ...difference(contributionsFrom(stored?.inputs, timeZone), contributionsFrom(inputs, timeZone)),
        );
        views.put(FIGURE_INPUTS, { id, inputs });
      }
      await applyContributions(views, delta);
    },
  };
}
