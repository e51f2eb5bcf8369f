import 'reflect-metadata';
import { ConfigError, loadConfig, type LedgerConfig } from '@ledger/config';
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
${KEYS_USAGE}`;

/**
 * Runs one command against the configured stores and answers its exit code. A command never runs
 * the projector or the SLA clock of a service: rebuild drives its own projector.
 */
export async function runLedgerCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  print: (line: string) => void,
): Promise<number> {
  const loaded = loadConfig(env);
  const config: LedgerConfig = {
    ...loaded,
    runProjector: false,
    sla: { ...loaded.sla, clock: { ...loaded.sla.clock, run: false } },
  };
  const [command, argument] = args;
  if (command === 'rebuild' && args.length === 1) return rebuild(config, print);
  if (command === 'replay' && argument && args.length === 2) return replay(config, argument, print);
  if (command === 'verify' && args.length <= 2) return verify(config, argument, print);
  if (command === 'keys') return keys(config, args.slice(1), print);
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
