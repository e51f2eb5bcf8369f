import type { Category } from '../feedback/feedback-vocabulary';

export interface RoutingAgent {
  readonly id: string;
  /** Topics or categories the agent is best at; agents with a matching skill are preferred. */
  readonly skills: readonly string[];
}

export interface RoutingDepartment {
  readonly supervisor: string;
  readonly agents: readonly RoutingAgent[];
}

export interface CategoryRoute {
  readonly department: string;
  /** The department's supervisor takes these personally (SPEC §3: complaints). */
  readonly toSupervisor?: boolean;
}

/** Departments, who works in them, and where each category and topic goes. */
export interface RoutingConfig {
  readonly departments: Readonly<Record<string, RoutingDepartment>>;
  readonly categories: Readonly<Record<Category, CategoryRoute>>;
  /** A topic owned by another department makes that department a collaborator. */
  readonly topicCollaborators: Readonly<Record<string, string>>;
}

/** SPEC §3's default routes; agents are the deployment's to configure. */
export const DEFAULT_ROUTING: RoutingConfig = {
  departments: {
    technology: { supervisor: 'technology-supervisor', agents: [] },
    product: { supervisor: 'product-supervisor', agents: [] },
    customer_service: { supervisor: 'customer-service-supervisor', agents: [] },
    logistics: { supervisor: 'logistics-supervisor', agents: [] },
    finance: { supervisor: 'finance-supervisor', agents: [] },
  },
  categories: {
    function_issue: { department: 'technology' },
    experience: { department: 'product' },
    suggestion: { department: 'product' },
    complaint: { department: 'customer_service', toSupervisor: true },
    praise: { department: 'customer_service' },
    inquiry: { department: 'customer_service' },
  },
  topicCollaborators: { logistics: 'logistics', payment: 'finance' },
};
