import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, exited, freePort, startBuiltApp, waitForReady } from '../support/built-app';
import { IntakeLoad, isAnswered, sendCommand, type SentCommand } from '../support/intake-load';
import { logProblems } from '../support/log-checks';
import { viewsAndRebuild } from '../support/rebuilt-views';
import { seededRandom } from '../support/seed-tickets';

/** Set LEDGER_FAULTS_SEED to replay a run: it decides when each round's kill comes and what is sent. */
const seed = Number(process.env.LEDGER_FAULTS_SEED ?? Math.floor(Math.random() * 1_000_000));
const random = seededRandom(seed);
const ROUNDS = Array.from({ length: 5 }, (_, i) => ({
  round: i + 1,
  killAfterMs: 300 + Math.floor(random() * 1700),
}));
const CLIENTS = 12;

/**
 * The built service serves intake and ticket commands from concurrent clients and is killed with
 * SIGKILL at a seeded random moment, five times over on the same files, each round starting the
 * service again over the last crash. After each restart: every command answered 2xx is in the log
 * once, where its answer said; no event is half-written (every row parses, the file passes
 * SQLite's integrity check, every hash chain verifies); resending answered commands with their
 * keys appends nothing, and the commands cut off by the kill, resent, land once; and the views,
 * caught up, equal a rebuild from zero.
 */
describe(`crash under load (LEDGER_FAULTS_SEED=${seed})`, () => {
  let dir: string;
  let port: number;
  let child: ChildProcess | undefined;
  let stderr = '';
  const answered: SentCommand[] = [];

  /** The SLA clock and spike monitor are off: the log changes only by what the test sends. */
  const start = async (): Promise<void> => {
    port = await freePort();
    child = startBuiltApp({
      DATA_DIR: dir,
      PORT: String(port),
      LEDGER_SLA_CLOCK: 'off',
      LEDGER_AUTO_TRIAGE: 'off',
      LEDGER_RATE_LIMIT: '1000000',
      LEDGER_LOG_LEVEL: 'warn',
    });
    // Kept for a failure's message; reading also keeps the pipe from filling and stalling the service.
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    await waitForReady(port);
  };

  beforeAll(async () => {
    buildApp();
    dir = mkdtempSync(join(tmpdir(), 'ledger-crash-load-'));
    await start();
  }, 240_000);
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited(child);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(ROUNDS)(
    'round $round: SIGKILL $killAfterMs ms into the load, then a restart keeps every answered command once',
    async ({ round, killAfterMs }) => {
      const load = new IntakeLoad(port, `r${round}`, CLIENTS, random);
      await load.answeredAtLeast(1);
      await new Promise((resolve) => setTimeout(resolve, killAfterMs));
      child!.kill('SIGKILL');
      expect(await exited(child!)).toEqual({ code: null, signal: 'SIGKILL' });
      await load.stop();
      const unexpected = load.sent.filter((s) => s.status !== 0 && !isAnswered(s.status));
      expect(unexpected).toEqual([]);
      const ok = load.sent.filter((s) => isAnswered(s.status));
      const cutOff = load.sent.filter((s) => s.status === 0);
      expect(ok.length).toBeGreaterThan(0);
      answered.push(...ok);

      await start();
      expect({ stderr, problems: await logProblems(join(dir, 'events.sqlite'), answered) }).toEqual({
        stderr: expect.any(String),
        problems: [],
      });

      // A sample of the answered commands again, keys and bodies unchanged: the same answers, nothing appended.
      const sample = ok.filter(() => random() < 0.2).slice(0, 40);
      const resent = await Promise.all(sample.map((s) => sendCommand(port, s.path, s.key, s.body)));
      expect(resent.map((r) => [r.key, r.status, r.answer])).toEqual(
        sample.map((s) => [s.key, s.status, s.answer]),
      );

      // The commands the kill cut off, whether or not they were stored: each lands once now.
      const retried = await Promise.all(cutOff.map((s) => sendCommand(port, s.path, s.key, s.body)));
      expect(retried.filter((r) => !isAnswered(r.status))).toEqual([]);
      answered.push(...retried);
      expect(await logProblems(join(dir, 'events.sqlite'), answered)).toEqual([]);

      const { live, rebuilt } = await viewsAndRebuild(dir);
      expect(live).toEqual(rebuilt);
    },
    180_000,
  );
});
