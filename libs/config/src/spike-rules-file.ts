import { CATEGORIES, DEFAULT_SPIKE_RULES, SPIKE_DIMENSIONS, type SpikeRule } from '@ledger/domain';
import { ConfigError } from './config-error';
import { readJsonFile } from './json-file';

const VARIABLE = 'LEDGER_SPIKE_RULES_FILE';

type Fields = Record<string, unknown>;

function fail(at: string, message: string): never {
  throw new ConfigError(`${VARIABLE}: ${at} ${message}`);
}

function wholeNumber(
  rule: Fields,
  field: string,
  at: string,
  min: number,
  max: number,
  fallback?: number,
): number {
  const value = rule[field] ?? fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(`${at}.${field}`, `must be a whole number from ${min} to ${max}`);
  }
  return value;
}

function ruleOf(rule: unknown, at: string): SpikeRule {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) fail(at, 'must be an object');
  const fields = rule as Fields;
  const allowed = [
    'id',
    'kind',
    'dimension',
    'value',
    'windowMinutes',
    'threshold',
    'factor',
    'trailingWindows',
    'minCount',
  ];
  const unknown = Object.keys(fields).find((key) => !allowed.includes(key));
  if (unknown) fail(`${at}.${unknown}`, `is not a rule field (${allowed.join(', ')})`);
  const { id, kind, dimension, value } = fields;
  if (typeof id !== 'string' || !/^[\w.-]{1,64}$/.test(id))
    fail(`${at}.id`, 'must be 1 to 64 letters, digits, _ . or -');
  if (!(SPIKE_DIMENSIONS as readonly unknown[]).includes(dimension)) {
    fail(`${at}.dimension`, `must be one of ${SPIKE_DIMENSIONS.join(', ')}`);
  }
  if (value !== undefined && (typeof value !== 'string' || value.length === 0 || value.length > 64)) {
    fail(`${at}.value`, 'must be a category or topic name, or left out to watch each');
  }
  if (
    dimension === 'category' &&
    value !== undefined &&
    !(CATEGORIES as readonly unknown[]).includes(value)
  ) {
    fail(`${at}.value`, `must be a category (${CATEGORIES.join(', ')})`);
  }
  const base = {
    id,
    dimension: dimension as SpikeRule['dimension'],
    ...(value !== undefined ? { value: value as string } : {}),
    windowMinutes: wholeNumber(fields, 'windowMinutes', at, 1, 10_080),
  };
  if (kind === 'threshold')
    return { ...base, kind, threshold: wholeNumber(fields, 'threshold', at, 0, 1_000_000) };
  if (kind === 'trailing_average') {
    const factor = fields.factor;
    if (typeof factor !== 'number' || !(factor > 1) || factor > 1000)
      fail(`${at}.factor`, 'must be a number above 1, up to 1000');
    return {
      ...base,
      kind,
      factor,
      trailingWindows: wholeNumber(fields, 'trailingWindows', at, 1, 1000, 24),
      minCount: wholeNumber(fields, 'minCount', at, 1, 1_000_000, 5),
    };
  }
  return fail(`${at}.kind`, 'must be threshold or trailing_average');
}

/** The spike rules from a JSON file holding an array of rules, or the defaults. */
export function spikeRulesFrom(file: string | undefined): readonly SpikeRule[] {
  if (file === undefined || file.trim() === '') return DEFAULT_SPIKE_RULES;
  const document = readJsonFile(VARIABLE, file);
  if (!Array.isArray(document)) throw new ConfigError(`${VARIABLE} must hold a JSON array of rules`);
  const rules = document.map((rule, index) => ruleOf(rule, `rule ${index + 1}`));
  const ids = rules.map((rule) => rule.id);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated) throw new ConfigError(`${VARIABLE}: rule id "${repeated}" is used twice`);
  return rules;
}
