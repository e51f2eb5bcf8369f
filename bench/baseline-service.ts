/**
 * The bare baseline app (`bench/baseline`, built with `nest build bench-baseline`): the same Nest
 * adapter, DTOs and validation pipe as the service, and no storage.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root, SERVICE_NODE_FLAGS, type Service } from './harness';

/** Starts the built baseline as its own process, with the service's flags, and waits until it answers. */
export async function startBaseline(port: number): Promise<Service> {
  const child = spawn(process.execPath, [...SERVICE_NODE_FLAGS, join(root, 'dist/bench/baseline/main.js')], {
    env: { PATH: process.env.PATH ?? '', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    const up = await fetch(`${url}/feedback`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    }).then(
      () => true,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    process: child,
    stop: () => new Promise((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM'))),
  };
}
