import {
  CATEGORIES,
  DEFAULT_ROUTING,
  type CategoryRoute,
  type RoutingAgent,
  type RoutingConfig,
} from '@ledger/domain';
import { ConfigError } from './config-error';
import { readJsonFile } from './json-file';

const VARIABLE = 'LEDGER_ROUTING_FILE';

/**
 * The routing configuration from a JSON file: `departments` replace the default ones when given,
 * `categories` and `topicCollaborators` override the defaults entry by entry. Every department
 * named anywhere must be defined.
 */
export function routingFrom(file: string | undefined): RoutingConfig {
  if (file === undefined || file.trim() === '') return DEFAULT_ROUTING;
  const document = readJsonFile(VARIABLE, file);
  if (!isRecord(document)) throw new ConfigError(`${VARIABLE} must hold a JSON object`);
  const departments =
    document.departments === undefined ? DEFAULT_ROUTING.departments : departmentsOf(document.departments);
  const categories: Record<string, CategoryRoute> = { ...DEFAULT_ROUTING.categories };
  for (const [category, route] of Object.entries(recordOf(document.categories, 'categories'))) {
    if (!(CATEGORIES as readonly string[]).includes(category)) {
      throw new ConfigError(
        `${VARIABLE}: categories.${category} is not a category (${CATEGORIES.join(', ')})`,
      );
    }
    if (!isRecord(route) || typeof route.department !== 'string') {
      throw new ConfigError(
        `${VARIABLE}: categories.${category} must be {"department": "...", "toSupervisor"?: true}`,
      );
    }
    categories[category] = { department: route.department, toSupervisor: route.toSupervisor === true };
  }
  const topicCollaborators: Record<string, string> = { ...DEFAULT_ROUTING.topicCollaborators };
  for (const [topic, department] of Object.entries(
    recordOf(document.topicCollaborators, 'topicCollaborators'),
  )) {
    if (typeof department !== 'string')
      throw new ConfigError(`${VARIABLE}: topicCollaborators.${topic} must be a department`);
    topicCollaborators[topic] = department;
  }
  const named = [...Object.values(categories).map((r) => r.department), ...Object.values(topicCollaborators)];
  const unknown = named.find((department) => departments[department] === undefined);
  if (unknown)
    throw new ConfigError(`${VARIABLE}: department "${unknown}" is routed to but not defined in departments`);
  return { departments, categories: categories as RoutingConfig['categories'], topicCollaborators };
}

function departmentsOf(value: unknown): RoutingConfig['departments'] {
  const departments: Record<string, RoutingConfig['departments'][string]> = {};
  for (const [name, department] of Object.entries(recordOf(value, 'departments'))) {
    if (!isRecord(department) || typeof department.supervisor !== 'string' || !department.supervisor.trim()) {
      throw new ConfigError(`${VARIABLE}: departments.${name} needs a supervisor`);
    }
    const agents = department.agents ?? [];
    if (!Array.isArray(agents))
      throw new ConfigError(`${VARIABLE}: departments.${name}.agents must be a list`);
    departments[name] = {
      supervisor: department.supervisor,
      agents: agents.map((agent: unknown, index) => agentOf(agent, `departments.${name}.agents[${index}]`)),
    };
  }
  return departments;
}

function agentOf(value: unknown, where: string): RoutingAgent {
  if (typeof value === 'string' && value.trim()) return { id: value, skills: [] };
  if (!isRecord(value) || typeof value.id !== 'string' || !value.id.trim()) {
    throw new ConfigError(`${VARIABLE}: ${where} must be an agent id or {"id": "...", "skills": [...]}`);
  }
  const skills = value.skills ?? [];
  if (!Array.isArray(skills) || !skills.every((skill) => typeof skill === 'string')) {
    throw new ConfigError(`${VARIABLE}: ${where}.skills must be a list of topics or categories`);
  }
  return { id: value.id, skills };
}

function recordOf(value: unknown, field: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new ConfigError(`${VARIABLE}: ${field} must be an object`);
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
