import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import request from 'supertest';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@ledger/event-store';
import { CLOCK, type Clock } from '@ledger/feedback';
import { VIEWS_PROJECTOR, waitForCheckpoint } from '@ledger/projections';
import { READ_STORE, type ReadStore } from '@ledger/read-store';
import { SlaClock, type SlaTickReport } from '@ledger/sla-clock';
import { AlertWebhook, SpikeMonitor } from '@ledger/alerts';
import { AppModule } from '../../apps/api/src/app.module';
import { loadConfig } from '@ledger/config';
import { APP_OPTIONS, configureApp, httpAdapter } from '../../apps/api/src/create-app';
import { EVERY_ROLE_KEY, TEST_API_KEYS } from './test-keys';

export interface Route {
  readonly method: string;
  readonly url: string;
}

const routesOf = new WeakMap<NestFastifyApplication, Route[]>();

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/**
 * The real application on temporary SQLite files, with a clock the test controls. `restart()`
 * closes it and opens a new one on the same files, as a process restart would.
 */
export class TestApp {
  private constructor(
    readonly dataDir: string,
    readonly clock: TestClock,
    private readonly env: NodeJS.ProcessEnv,
    private readonly logs: DestinationStream | undefined,
    private app: NestFastifyApplication,
  ) {}

  /**
   * `env` adds configuration; the SLA clock's own interval and automatic triage are off unless
   * `env` turns them on, so
   * that time passes for a test only when it calls `slaTick()`. Request logs are silent unless a
   * test passes `logs`, which then receives them as JSON lines.
   */
  static async start(
    clock = new TestClock(new Date('2023-10-01T01:00:00Z')),
    env: NodeJS.ProcessEnv = {},
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-e2e-')),
    logs?: DestinationStream,
  ): Promise<TestApp> {
    return new TestApp(dataDir, clock, env, logs, await TestApp.boot(dataDir, clock, env, logs));
  }

  private static async boot(
    dataDir: string,
    clock: Clock,
    env: NodeJS.ProcessEnv,
    logs: DestinationStream | undefined,
  ): Promise<NestFastifyApplication> {
    const config = loadConfig({
      DATA_DIR: dataDir,
      LEDGER_VIEW_WAIT_MS: '500',
      LEDGER_SLA_CLOCK: 'off',
      // Most specs walk tickets through triage by hand; the intake specs turn automatic triage on.
      LEDGER_AUTO_TRIAGE: 'off',
      LEDGER_LOG_FORMAT: 'json',
      LEDGER_LOG_LEVEL: logs ? 'info' : 'silent',
      LEDGER_API_KEYS: TEST_API_KEYS,
      // Specs send hundreds of requests with one key; the rate-limit spec sets its own limit.
      LEDGER_RATE_LIMIT: '1000000',
      ...env,
    });
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config, logs)] })
      .overrideProvider(CLOCK)
      .useValue(clock)
      .compile();
    const app = moduleRef.createNestApplication<NestFastifyApplication>(httpAdapter(), {
      logger: false,
      ...APP_OPTIONS,
    });
    const routes: Route[] = [];
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onRoute', ({ method, url }) => {
        for (const one of [method].flat()) routes.push({ method: one, url });
      });
    routesOf.set(app, routes);
    await configureApp(app);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return app;
  }

  /** Every route the HTTP server registered, as Fastify saw them. */
  routes(): readonly Route[] {
    return routesOf.get(this.app) ?? [];
  }

  /** Serves the app on a free local port, for a client that needs a real URL (a browser); resolves to its base URL. */
  async listen(): Promise<string> {
    await this.app.listen(0, '127.0.0.1');
    return this.app.getUrl();
  }

  /** Requests sent with `key` as the bearer (the key of every role unless told), or with none for `null`. */
  http(key: string | null = EVERY_ROLE_KEY): ReturnType<typeof request.agent> {
    const agent = request.agent(this.app.getHttpServer());
    return key === null ? agent : agent.set('Authorization', `Bearer ${key}`);
  }

  /** A provider of the running app, by its class. */
  get<T>(type: abstract new (...args: never[]) => T): T {
    return this.app.get(type);
  }

  get store(): EventStore {
    return this.app.get<EventStore>(EVENT_STORE);
  }

  /** Every event in the log, for asserting that a rejected request appended nothing. */
  allEvents(): Promise<RecordedEvent[]> {
    return this.store.readAll();
  }

  /** Waits until the views include the whole log as it is now (for tests that write straight to the store). */
  async waitForViews(timeoutMs = 120_000): Promise<void> {
    const all = await this.allEvents();
    const head = all[all.length - 1]?.position;
    const views = this.app.get<ReadStore>(READ_STORE);
    if (head !== undefined && !(await waitForCheckpoint(views, VIEWS_PROJECTOR, head, timeoutMs))) {
      throw new Error(`the views did not reach position ${head} in ${timeoutMs} ms`);
    }
  }

  /** One pass of the SLA clock at the test clock's time. */
  slaTick(): Promise<SlaTickReport> {
    return this.app.get(SlaClock).tick();
  }

  /** One look of the spike monitor at the test clock's time; resolves to the alerts raised or ended. */
  spikeCheck(): Promise<number> {
    return this.app.get(SpikeMonitor).check();
  }

  /** One pass of the alert webhook outbox; resolves to the deliveries attempted. */
  deliverAlerts(): Promise<number> {
    return this.app.get(AlertWebhook).flush();
  }

  /** Closes the app; connections a client keeps alive would hold the server open, so they are cut first. */
  private async shutDown(): Promise<void> {
    this.app.getHttpServer().closeAllConnections();
    await this.app.close();
  }

  async restart(): Promise<void> {
    await this.shutDown();
    this.app = await TestApp.boot(this.dataDir, this.clock, this.env, this.logs);
  }

  /** Closes the app and leaves its files, for a test that opens them again elsewhere. */
  async close(): Promise<void> {
    await this.shutDown();
  }

  async stop(): Promise<void> {
    await this.shutDown();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
