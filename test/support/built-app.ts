import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { TEST_API_KEYS } from './test-keys';

const root = join(__dirname, '..', '..');
export const builtMain = join(root, 'dist', 'apps', 'api', 'src', 'main.js');
export const builtCli = join(root, 'dist', 'apps', 'api', 'src', 'cli', 'ledger-cli.js');

const marker = join(root, 'dist', '.built-for-test-run');

/**
 * Builds the service as `npm start` does, so a test can run it as a real process: once per test
 * run (see jest-run.ts), whichever suite asks first; the suites run one after another on this
 * machine's workers, and a lock keeps two workers from building at once elsewhere.
 */
export function buildApp(): void {
  const run = process.env.LEDGER_TEST_RUN;
  if (run && existsSync(marker) && readFileSync(marker, 'utf8') === run) return;
  const lock = join(root, '.build-lock');
  while (!tryLock(lock)) {
    // A lock older than any build was left by a killed run.
    const held = statSync(lock, { throwIfNoEntry: false });
    if (held && Date.now() - held.mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
    execFileSync('sleep', ['0.5']);
  }
  try {
    if (run && existsSync(marker) && readFileSync(marker, 'utf8') === run) return;
    execFileSync(join(root, 'node_modules', '.bin', 'nest'), ['build', 'api'], {
      cwd: root,
      stdio: 'pipe',
      timeout: 180_000,
    });
    if (run) writeFileSync(marker, run);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    return false;
  }
}

export function startBuiltApp(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [builtMain], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', PORT: '0', LEDGER_API_KEYS: TEST_API_KEYS, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export function exited(child: ChildProcess): Promise<Exit> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

/** A local port nothing listens on now, for a service started as its own process. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once the service on `port` answers its liveness probe; fails after `timeoutMs`. */
export async function waitForReady(port: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${port}/health/live`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the service did not start');
}
