import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { TEST_API_KEYS } from './test-keys';

const root = join(__dirname, '..', '..');
export const builtMain = join(root, 'dist', 'apps', 'api', 'src', 'main.js');
export const builtCli = join(root, 'dist', 'apps', 'api', 'src', 'cli', 'ledger-cli.js');

/** Builds the service as `npm start` does, so a test can run it as a real process. */
export function buildApp(): void {
  execFileSync(join(root, 'node_modules', '.bin', 'nest'), ['build', 'api'], {
    cwd: root,
    stdio: 'pipe',
    timeout: 180_000,
  });
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
