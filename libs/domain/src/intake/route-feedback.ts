import type { Category } from '../feedback/feedback-vocabulary';
import type { AutoRoute } from './auto-triage';
import type { RoutingConfig } from './routing-config';

export interface RouteNeeds {
  readonly department: string;
  readonly collaborators: readonly string[];
  /** The agents to choose from (their open work must be looked up); empty when none is needed. */
  readonly candidates: readonly string[];
  readonly supervisor?: string;
}

/** How much an agent has on their plate, from the views. */
export interface AgentLoad {
  readonly agent: string;
  readonly open: number;
  /** When the agent was last given a ticket; unset if never. */
  readonly lastAssignedAt?: string;
}

/**
 * The lead department by category, collaborators by topic, and the agents who could take it:
 * those with a skill in the ticket's topics or category, else everyone in the department.
 */
export function routeNeeds(
  config: RoutingConfig,
  classification: { readonly category: Category; readonly topics: readonly string[] },
): RouteNeeds {
  const route = config.categories[classification.category];
  const department = route.department;
  const collaborators = [
    ...new Set(classification.topics.map((topic) => config.topicCollaborators[topic])),
  ].filter((other): other is string => other !== undefined && other !== department);
  const staff = config.departments[department];
  if (!staff) return { department, collaborators, candidates: [] };
  if (route.toSupervisor) return { department, collaborators, candidates: [], supervisor: staff.supervisor };
  const wanted = new Set<string>([classification.category, ...classification.topics]);
  const skilled = staff.agents.filter((agent) => agent.skills.some((skill) => wanted.has(skill)));
  return {
    department,
    collaborators,
    candidates: (skilled.length > 0 ? skilled : staff.agents).map((a) => a.id),
  };
}

/**
 * The agent with the least open work; among equals, the one who waited longest for a ticket
 * (round robin), then the first configured. With no candidate the ticket waits in the
 * department's queue.
 */
export function routeFeedback(needs: RouteNeeds, loads: readonly AgentLoad[]): AutoRoute {
  const { department, collaborators, supervisor } = needs;
  const also = collaborators.length > 0 ? `, with ${collaborators.join(', ')} asked for an opinion` : '';
  if (supervisor) {
    return {
      department,
      assignee: supervisor,
      collaborators,
      reason: `routed to the ${department} supervisor${also}`,
    };
  }
  const load = new Map(loads.map((l) => [l.agent, l]));
  const chosen = [...needs.candidates].sort((a, b) => {
    const [la, lb] = [load.get(a), load.get(b)];
    const byOpen = (la?.open ?? 0) - (lb?.open ?? 0);
    if (byOpen !== 0) return byOpen;
    const [ta, tb] = [la?.lastAssignedAt ?? '', lb?.lastAssignedAt ?? ''];
    return ta < tb ? -1 : ta > tb ? 1 : 0;
  })[0];
  if (!chosen) return { department, collaborators, reason: `routed to the ${department} queue${also}` };
  const open = load.get(chosen)?.open ?? 0;
  return {
    department,
    assignee: chosen,
    collaborators,
    reason: `routed to ${department}; ${chosen} has the least open work (${open})${also}`,
  };
}
