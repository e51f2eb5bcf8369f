import { Worker } from 'node:worker_threads';

export interface BurstRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface BurstAnswer {
  /** 0 when the request got no answer (the connection failed). */
  readonly status: number;
  readonly body: unknown;
}

/**
 * The sender runs on its own thread with its own event loop, so it can write while the server's
 * thread is held. Plain JavaScript: a worker evaluates it as it is.
 */
const SENDER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { base, requests } = workerData;
const flags = new Int32Array(workerData.flags);
const agent = new http.Agent({ keepAlive: true, maxSockets: requests.length });
const send = (r) => new Promise((resolve) => {
  const body = r.body === undefined ? '' : JSON.stringify(r.body);
  const headers = Object.assign({}, r.headers, { 'content-length': String(Buffer.byteLength(body)) },
    body ? { 'content-type': 'application/json' } : {});
  const req = http.request(new URL(r.path, base), { method: r.method, agent, headers }, (res) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (chunk) => (text += chunk));
    res.on('end', () => resolve({ status: res.statusCode, body: text ? JSON.parse(text) : undefined }));
  });
  req.on('error', (error) => resolve({ status: 0, body: String(error) }));
  req.end(body);
});
(async () => {
  await Promise.all(requests.map(() => send({ method: 'GET', path: '/health/live', headers: {} })));
  parentPort.postMessage({ warm: true });
  while (Atomics.load(flags, 1) === 0) await new Promise((resolve) => setTimeout(resolve, 1));
  const answers = requests.map(send);
  await new Promise((resolve) => setTimeout(resolve, 200));
  Atomics.store(flags, 0, 1);
  Atomics.notify(flags, 0);
  parentPort.postMessage({ answers: await Promise.all(answers) });
})();
`;

type SenderMessage = { readonly warm: true } | { readonly answers: BurstAnswer[] };

/**
 * Sends `requests` to a server listening in this process so that it reads them all in one turn of
 * its event loop, as a burst from many clients would arrive. A Node server accepts one new
 * connection per turn, so requests sent at once on new connections are handled one after another
 * and never race; here a worker thread first opens one kept-alive connection per request, then
 * writes every request while this thread is held, and lets it go once they are all written.
 */
export async function sendBurst(baseUrl: string, requests: readonly BurstRequest[]): Promise<BurstAnswer[]> {
  const flags = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(SENDER, {
    eval: true,
    workerData: { base: baseUrl, requests, flags: flags.buffer },
  });
  const messages: SenderMessage[] = [];
  let arrived: () => void = () => undefined;
  worker.on('message', (message: SenderMessage) => {
    messages.push(message);
    arrived();
  });
  const next = async (): Promise<SenderMessage> => {
    while (messages.length === 0) await new Promise<void>((resolve) => (arrived = resolve));
    return messages.shift()!;
  };
  try {
    await next();
    Atomics.store(flags, 1, 1);
    // Holds this thread, and so the server, until every request is on its connection.
    Atomics.wait(flags, 0, 0, 10_000);
    const done = await next();
    if (!('answers' in done)) throw new Error('the burst sender answered out of turn');
    return done.answers;
  } finally {
    await worker.terminate();
  }
}
