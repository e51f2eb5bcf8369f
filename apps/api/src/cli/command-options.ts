import { parseArgs } from 'node:util';

/** A command line the command cannot make sense of: the CLI answers it with its usage and 2. */
export class UsageError extends Error {}

export interface CommandLine {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | undefined>>;
}

/** Reads `--name value` options (all of them strings) and the arguments around them. */
export function readCommandLine(args: readonly string[], names: readonly string[]): CommandLine {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
      allowPositionals: true,
      strict: true,
    });
    const options: Record<string, string | undefined> = {};
    for (const name of names) {
      const value = values[name];
      options[name] = typeof value === 'string' ? value : undefined;
    }
    return { positionals, options };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
