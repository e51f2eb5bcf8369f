import type { AgentLoad } from '@ledger/domain';

/** Each agent's open tickets and latest assignment, from the views as of a log position. */
export interface AgentLoads {
  loadsOf(agents: readonly string[], asOf: bigint): Promise<AgentLoad[]>;
}

export const AGENT_LOADS = Symbol('AGENT_LOADS');
