import { randomUUID } from 'node:crypto';

/**
 * Jest's global setup: names this run, so suites can share work done once per run (the build of
 * the service that several suites start as a real process). Workers inherit the variable.
 */
export default function nameTheRun(): void {
  process.env.LEDGER_TEST_RUN = randomUUID();
}
