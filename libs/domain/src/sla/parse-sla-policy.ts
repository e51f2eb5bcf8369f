import {
  DEFAULT_SLA_POLICY,
  SLA_PRIORITIES,
  type PerPriority,
  type SlaDuration,
  type SlaPolicy,
  type SlaUnit,
} from './sla-policy';

/** A policy document that cannot be used; the message names the field and what it allows. */
export class SlaPolicyError extends Error {
  override readonly name = 'SlaPolicyError';
}

const UNIT_SUFFIXES: Readonly<Record<string, SlaUnit>> = {
  h: 'calendar_hours',
  wh: 'working_hours',
  wd: 'working_days',
};

const DURATION = /^(\d+(?:\.\d+)?)(h|wh|wd)$/;
const DURATION_HELP = 'a duration such as "2h" (calendar hours), "4wh" (working hours), "3wd" (working days)';

/** Reads "2h", "4wh" or "3wd"; null means "no target". */
export function parseSlaDuration(text: unknown, field: string): SlaDuration | null {
  if (text === null) return null;
  const match = typeof text === 'string' ? DURATION.exec(text.trim()) : null;
  const amount = match ? Number(match[1]) : NaN;
  if (!match || !(amount > 0) || amount > 10_000) {
    throw new SlaPolicyError(
      `${field} must be ${DURATION_HELP}, or null for none; got ${JSON.stringify(text)}`,
    );
  }
  return { amount, unit: UNIT_SUFFIXES[match[2]] };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function objectAt(value: unknown, field: string, allowed: readonly string[]): Record<string, unknown> {
  if (!isRecord(value)) throw new SlaPolicyError(`${field} must be an object`);
  const unknown = Object.keys(value).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) {
    throw new SlaPolicyError(
      `${field} has unknown fields ${unknown.join(', ')}; allowed: ${allowed.join(', ')}`,
    );
  }
  return value;
}

function perPriority(value: unknown, field: string, defaults: PerPriority): PerPriority {
  if (value === undefined) return defaults;
  const given = objectAt(value, field, SLA_PRIORITIES);
  const merged = { ...defaults };
  for (const priority of SLA_PRIORITIES) {
    if (priority in given) merged[priority] = parseSlaDuration(given[priority], `${field}.${priority}`);
  }
  return merged;
}

function nonEmptyText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200) {
    throw new SlaPolicyError(`${field} must be a non-empty text of at most 200 characters`);
  }
  return value.trim();
}

const FIELDS = [
  'warningFraction',
  'response',
  'resolution',
  'acknowledgement',
  'progressCadence',
  'collaboratorOpinion',
  'followUp',
  'supervisors',
  'defaultSupervisor',
];

/**
 * A policy from its JSON form, each field optional and falling back to `base` (the defaults unless
 * given), e.g. `{"resolution": {"P2": "2wd"}, "supervisors": {"Technology": "li.lei"}}`.
 */
export function parseSlaPolicy(document: unknown, base: SlaPolicy = DEFAULT_SLA_POLICY): SlaPolicy {
  const given = objectAt(document, 'the SLA policy', FIELDS);
  const warningFraction = given.warningFraction ?? base.warningFraction;
  if (typeof warningFraction !== 'number' || !(warningFraction > 0 && warningFraction < 1)) {
    throw new SlaPolicyError('warningFraction must be a number between 0 and 1 (exclusive), e.g. 0.75');
  }
  const supervisors: Record<string, string> = given.supervisors === undefined ? { ...base.supervisors } : {};
  if (given.supervisors !== undefined) {
    if (!isRecord(given.supervisors)) throw new SlaPolicyError('supervisors must map departments to people');
    for (const [department, person] of Object.entries(given.supervisors)) {
      supervisors[department] = nonEmptyText(person, `supervisors.${department}`);
    }
  }
  return {
    warningFraction,
    response: perPriority(given.response, 'response', base.response),
    resolution: perPriority(given.resolution, 'resolution', base.resolution),
    acknowledgement: perPriority(given.acknowledgement, 'acknowledgement', base.acknowledgement),
    progressCadence: perPriority(given.progressCadence, 'progressCadence', base.progressCadence),
    collaboratorOpinion:
      given.collaboratorOpinion === undefined
        ? base.collaboratorOpinion
        : parseSlaDuration(given.collaboratorOpinion, 'collaboratorOpinion'),
    followUp: given.followUp === undefined ? base.followUp : parseSlaDuration(given.followUp, 'followUp'),
    supervisors,
    defaultSupervisor:
      given.defaultSupervisor === undefined
        ? base.defaultSupervisor
        : nonEmptyText(given.defaultSupervisor, 'defaultSupervisor'),
  };
}
