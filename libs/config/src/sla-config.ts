import {
  chinaCalendarConfig,
  createBusinessCalendar,
  parseSlaPolicy,
  DEFAULT_SLA_POLICY,
  SlaPolicyError,
  type BusinessCalendarConfig,
  type SlaPolicy,
  type SlaRules,
  type WorkingBlock,
} from '@ledger/domain';
import { ConfigError } from './config-error';
import { readJsonFile } from './json-file';

export interface SlaConfig {
  readonly policy: SlaPolicy;
  readonly calendar: BusinessCalendarConfig;
  /** Whether this process runs the SLA clock, and how often it looks for deadlines that came. */
  readonly clock: { readonly run: boolean; readonly intervalMs: number };
}

/** Years the holiday data is loaded for: enough history for imports and replays, and what lies ahead. */
const FIRST_CALENDAR_YEAR = 2015;
const YEARS_AHEAD = 2;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function days(variable: string, value: string | undefined): string[] {
  const list = (value ?? '')
    .split(',')
    .map((day) => day.trim())
    .filter(Boolean);
  const wrong = list.find((day) => !DAY.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)));
  if (wrong !== undefined) {
    throw new ConfigError(`${variable} must be comma-separated days YYYY-MM-DD, got "${wrong}"`);
  }
  return list;
}

function workingHours(value: string | undefined): WorkingBlock[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return value.split(',').map((block) => {
    const [start, end, extra] = block.trim().split('-');
    if (!start || !end || extra !== undefined) {
      throw new ConfigError(
        `LEDGER_WORKING_HOURS must be comma-separated HH:MM-HH:MM blocks such as 09:00-12:00,13:00-18:00, got "${value}"`,
      );
    }
    return { start, end };
  });
}

function policyFrom(file: string | undefined): SlaPolicy {
  if (file === undefined || file.trim() === '') return DEFAULT_SLA_POLICY;
  const document = readJsonFile('LEDGER_SLA_POLICY_FILE', file);
  try {
    return parseSlaPolicy(document);
  } catch (error) {
    if (error instanceof SlaPolicyError) throw new ConfigError(`LEDGER_SLA_POLICY_FILE: ${error.message}`);
    throw error;
  }
}

/** The SLA policy, the business calendar and the SLA clock's settings, from the environment. */
export function loadSlaConfig(
  env: NodeJS.ProcessEnv,
  timeZone: string,
  { clockByDefault = true, now = new Date() }: { clockByDefault?: boolean; now?: Date } = {},
): SlaConfig {
  const years: number[] = [];
  for (let year = FIRST_CALENDAR_YEAR; year <= now.getUTCFullYear() + YEARS_AHEAD; year++) years.push(year);
  const china = chinaCalendarConfig(years, {
    holidays: days('LEDGER_EXTRA_HOLIDAYS', env.LEDGER_EXTRA_HOLIDAYS),
    workingDays: days('LEDGER_EXTRA_WORKING_DAYS', env.LEDGER_EXTRA_WORKING_DAYS),
  });
  const calendar = {
    ...china,
    timeZone,
    workingHours: workingHours(env.LEDGER_WORKING_HOURS) ?? china.workingHours,
  };
  try {
    createBusinessCalendar(calendar);
  } catch (error) {
    throw new ConfigError(
      `LEDGER_WORKING_HOURS must be sorted, non-overlapping blocks: ${(error as Error).message}`,
    );
  }
  const run = env.LEDGER_SLA_CLOCK ?? (clockByDefault ? 'on' : 'off');
  if (run !== 'on' && run !== 'off') {
    throw new ConfigError(`LEDGER_SLA_CLOCK must be on or off, got "${run}"`);
  }
  const intervalMs = Number(env.SLA_CLOCK_INTERVAL_MS ?? 60_000);
  if (!Number.isInteger(intervalMs) || intervalMs < 100 || intervalMs > 3_600_000) {
    throw new ConfigError(
      `SLA_CLOCK_INTERVAL_MS must be a whole number of milliseconds from 100 to 3600000, got "${env.SLA_CLOCK_INTERVAL_MS}"`,
    );
  }
  return {
    policy: policyFrom(env.LEDGER_SLA_POLICY_FILE),
    calendar,
    clock: { run: run === 'on', intervalMs },
  };
}

/** The rules the views and the SLA clock compute deadlines under. */
export const slaRulesOf = (sla: SlaConfig): SlaRules => ({
  policy: sla.policy,
  calendar: createBusinessCalendar(sla.calendar),
});
