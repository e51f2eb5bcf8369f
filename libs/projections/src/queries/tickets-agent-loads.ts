import type { AgentLoad } from '@ledger/domain';
import type { AgentLoads } from '@ledger/feedback';
import type { ReadStore } from '@ledger/read-store';
import { TICKETS, type TicketDocument } from '../views/ticket-document';
import { waitForCheckpoint } from '../wait-for-checkpoint';
import { VIEWS_PROJECTOR } from './view-freshness';

/** Open tickets per agent and their latest assignment, counted in the tickets view. */
export class TicketsAgentLoads implements AgentLoads {
  constructor(
    private readonly views: ReadStore,
    private readonly waitMs: number,
  ) {}

  async loadsOf(agents: readonly string[], asOf: bigint): Promise<AgentLoad[]> {
    await waitForCheckpoint(this.views, VIEWS_PROJECTOR, asOf, this.waitMs);
    return Promise.all(
      agents.map(async (agent) => {
        const [open, latest] = await Promise.all([
          this.views.count(TICKETS, { assignee: agent, open: true }),
          this.views.query<TicketDocument>(TICKETS, {
            filter: { assignee: agent },
            sort: [{ field: 'assignedAt', direction: 'desc' }],
            limit: 1,
          }),
        ]);
        const lastAssignedAt = latest.items[0]?.assignedAt;
        return { agent, open, ...(lastAssignedAt ? { lastAssignedAt } : {}) };
      }),
    );
  }
}
