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
  'resolutionDueAt',
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
 * The analyst figures, kept as per-day counters. Runs after the tickets projection in the same
 * batch, reading the ticket document that projection just wrote.
 */
export function figuresProjection(timeZone: string): Projection {
  return {
    name: 'figures',
    collections: [
      { name: FIGURES_TIMELINESS, indexes: ['day'] },
      { name: FIGURES_SATISFACTION, indexes: ['day'] },
      { name: FIGURES_INTAKE, indexes: ['day'] },
      { name: FIGURE_INPUTS, indexes: [] },
    ],
    async apply(recorded, views) {
      if (!toFeedbackEvent(recorded)) return;
      const id = recorded.streamId.slice('feedback-'.length);
      const ticket = await views.get<TicketDocument>(TICKETS, id);
      if (!ticket) return;
      const inputs = inputsOf(ticket);
      const stored = await views.get<StoredInputs>(FIGURE_INPUTS, id);
      if (stored && sameInputs(stored.inputs, inputs)) return;
      const delta = difference(
        contributionsFrom(stored?.inputs, timeZone),
        contributionsFrom(inputs, timeZone),
      );
      if (delta.length === 0) return;
      await applyContributions(views, delta);
      views.put(FIGURE_INPUTS, { id, inputs });
    },
  };
}
