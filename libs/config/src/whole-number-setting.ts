import { ConfigError } from './config-error';

export interface WholeNumberRange {
  readonly min: number;
  readonly max: number;
  /** What the number counts, for the message: `milliseconds`, `days`... */
  readonly unit?: string;
}

/** A whole-number variable within a range, or its default when unset. */
export function wholeNumberSetting(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  { min, max, unit }: WholeNumberRange,
): number {
  const raw = env[name];
  const value = Number(raw ?? fallback);
  if (!Number.isInteger(value) || value < min || value > max) {
    const what = unit ? `a whole number of ${unit}` : 'a whole number';
    throw new ConfigError(`${name} must be ${what} from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}
