import 'reflect-metadata';
import type { Writable } from 'node:stream';
import { ConfigError, loadConfig, type LedgerConfig } from '@ledger/config';
import { UsageError } from './command-options';
import { exportLog } from './export-command';
import { importHistory } from './import-command';
import type { ProgressOutput } from './import-progress';
import { rebuild } from './rebuild-command';
import { keys, KEYS_USAGE } from './keys-command';
import { replay } from './replay-command';
import { verify } from './verify-command';

const USAGE = `usage: npm run ledger -- <command>

commands:
  rebuild             empty every view and replay the whole log into them (stop the service first)
  replay <ticket>     print a ticket's history as a timeline (tracking number or id)
  verify [<ticket>]   check the hash chain of one ticket, or of the whole log; names the first
                      event that does not match (exit status 3)
  import <file> [--format csv|ndjson] [--errors <file>]
                      import historical feedback, a ticket a row; rows that cannot be imported are
                      reported as JSON lines (to the errors file, else standard error); exit status
                      0 when every row is in the ledger, 3 when some failed, 1 when the file was refused
  export [--from <time>] [--to <time>] [--ticket <number|id>] [--out <file>]
                      write events as JSON lines: those that happened in a period, or a ticket's
${KEYS_USAGE}`;

export interface CliStreams {
  readonly stdout: Writable;
  readonly stderr: Writable & ProgressOutput;
}

/**
 * Runs one command against the configured stores and answers its exit code. A command never runs
 * the projector or the SLA clock of a service: rebuild drives its own projector.
 */
export async function runLedgerCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  print: (line: string) => void,
  streams: CliStreams = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const loaded = loadConfig(env);
  const config: LedgerConfig = {
    ...loaded,
    runProjector: false,
    sla: { ...loaded.sla, clock: { ...loaded.sla.clock, run: false } },
  };
  const [command, ...rest] = args;
  try {
    if (command === 'rebuild' && rest.length === 0) return await rebuild(config, print);
    if (command === 'replay' && rest.length === 1) return await replay(config, rest[0], print);
    if (command === 'verify' && rest.length <= 1) return await verify(config, rest[0], print);
    if (command === 'keys') return await keys(config, rest, print);
    if (command === 'import') return await importHistory(config, rest, print, streams);
    if (command === 'export') return await exportLog(config, rest, print, streams);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    print(`${command}: ${error.message}`);
  }
  print(USAGE);
  return 2;
}

if (require.main === module) {
  runLedgerCommand(process.argv.slice(2), process.env, (line) => console.log(line)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof ConfigError ? `configuration error: ${error.message}` : error);
      process.exit(1);
    },
  );
}
