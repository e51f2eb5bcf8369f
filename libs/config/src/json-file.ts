import { readFileSync } from 'node:fs';
import { ConfigError } from './config-error';

/** The JSON document in the file a variable names; an unreadable file or bad JSON names the variable. */
export function readJsonFile(variable: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(file.trim(), 'utf8'));
  } catch (error) {
    throw new ConfigError(
      `${variable} must name a readable JSON file, got "${file}": ${(error as Error).message}`,
    );
  }
}
