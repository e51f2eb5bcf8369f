import type { SlaRules } from '@ledger/domain';
import type { Projection } from '../projection';
import { figuresProjection } from './figures/figures.projection';
import { problemsProjection } from './problems.projection';
import { knowledgeProjection } from './knowledge.projection';
import { ticketsProjection } from './tickets.projection';

/**
 * The projections the views projector runs, in order: the figures read the tickets it wrote; the
 * knowledge base reads only its own streams and the taxonomy's.
 */
export const viewProjections = (timeZone: string, sla: SlaRules): Projection[] => [
  ticketsProjection(sla),
  figuresProjection(timeZone),
  problemsProjection(),
  knowledgeProjection(),
];
