import { EVERY_ROLE_KEY } from './test-keys';

/** What a command answered: a ticket's id, tracking number, status, revision and log position. */
export interface CommandAnswer {
  readonly id?: string;
  readonly ticketNo?: string;
  readonly status?: string;
  readonly revision?: number;
  readonly position?: string;
}

/** One command sent with its Idempotency-Key, and what came back (status 0: no answer). */
export interface SentCommand {
  readonly key: string;
  readonly path: string;
  readonly body: object;
  readonly status: number;
  readonly answer?: CommandAnswer;
}

/** A 2xx answer: the command was carried out (or had been, for a retry). */
export const isAnswered = (status: number): boolean => status >= 200 && status < 300;

/** Sends one command to the service on `port`; a connection that fails or is cut answers status 0. */
export async function sendCommand(
  port: number,
  path: string,
  key: string,
  body: object,
): Promise<SentCommand> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${EVERY_ROLE_KEY}`,
        'idempotency-key': key,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const answer = (await res.json()) as CommandAnswer;
    return { key, path, body, status: res.status, answer };
  } catch {
    return { key, path, body, status: 0 };
  }
}

const PRIORITIES = ['P1', 'P2', 'P3', 'P4'];
const DEPARTMENTS = ['Technology', 'Product', 'Customer Service'];

/**
 * Clients working tickets through their first steps, each one command at a time: receive (some
 * with a customer's phone, so their data is sealed under a new key), classify, assign, acknowledge,
 * a progress note. Runs until `stop()` or until the service stops answering; every command sent is
 * recorded with its answer.
 */
export class IntakeLoad {
  readonly sent: SentCommand[] = [];
  private stopped = false;
  private tickets = 0;
  private readonly clients: Promise<void>[];

  constructor(
    private readonly port: number,
    private readonly prefix: string,
    clients: number,
    private readonly random: () => number,
  ) {
    this.clients = Array.from({ length: clients }, () => this.client());
  }

  /** Stops sending; resolves once every client has its last answer (or lost it). */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.clients);
  }

  /** Resolves once `count` commands were answered 2xx. */
  async answeredAtLeast(count: number, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.sent.filter((s) => isAnswered(s.status)).length < count) {
      if (Date.now() > deadline) throw new Error(`fewer than ${count} commands answered in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  private async client(): Promise<void> {
    while (!this.stopped) {
      const n = this.tickets++;
      const key = `${this.prefix}-t${n}`;
      const pick = <T>(items: readonly T[]): T => items[Math.floor(this.random() * items.length)];
      const customer = this.random() < 0.3 ? { customer: { phone: `139${String(n).padStart(8, '0')}` } } : {};
      const received = await this.send('/feedback', `${key}/receive`, {
        channel: 'web',
        content: `generated under load: ticket ${key}`,
        ...customer,
      });
      const id = received?.id;
      if (!id) return;
      const steps: Array<[string, object]> = [
        ['classify', { category: 'function_issue', priority: pick(PRIORITIES), topics: ['performance'] }],
        ['assign', { department: pick(DEPARTMENTS), assignee: `agent-${n % 7}` }],
        ['acknowledge', {}],
        ['progress', { note: `looking into ${key}` }],
      ];
      for (const [step, body] of steps) {
        if (this.stopped) return;
        if (!(await this.send(`/feedback/${id}/${step}`, `${key}/${step}`, body))) return;
      }
    }
  }

  /** The answer when 2xx; undefined (and the client gives up) otherwise. */
  private async send(path: string, key: string, body: object): Promise<CommandAnswer | undefined> {
    const result = await sendCommand(this.port, path, key, body);
    this.sent.push(result);
    return isAnswered(result.status) ? result.answer : undefined;
  }
}
