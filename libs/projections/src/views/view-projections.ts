import type { SlaRules } from '@ledger/domain';
import type { Projection } from '../projection';
import { figuresProjection } from './figures/figures.projection';
import { problemsProjection } from './problems.projection';
import { ticketsProjection } from './tickets.projection';

/** The projections the views projector runs, in order: the figures read the tickets it wrote. */
export const viewProjections = (timeZone: string, sla: SlaRules): Projection[] => [
  ticketsProjection(sla),
  figuresProjection(timeZone),
  problemsProjection(),
];
