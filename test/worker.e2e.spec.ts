import { Test } from '@nestjs/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { loadConfig } from '@ledger/config';
import { CLOCK } from '@ledger/feedback';
import { SlaClock } from '@ledger/sla-clock';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { httpAdapter } from '../apps/api/src/create-app';
import { TestApp, TestClock } from './support/test-app';

describe('the worker keeps the views and runs the SLA clock for an api that does neither', () => {
  let api: TestApp;
  let worker: NestFastifyApplication;

  beforeAll(async () => {
    const clock = new TestClock(new Date('2024-09-02T01:00:00Z'));
    api = await TestApp.start(clock, { LEDGER_PROJECTOR: 'off', LEDGER_SLA_CLOCK: 'off' });
    const config = loadConfig({ DATA_DIR: api.dataDir, SLA_CLOCK_INTERVAL_MS: '3600000' });
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config)] })
      .overrideProvider(CLOCK)
      .useValue(clock)
      .compile();
    worker = moduleRef.createNestApplication<NestFastifyApplication>(httpAdapter(), { logger: false });
    await worker.init();
    await worker.getHttpAdapter().getInstance().ready();
  });
  afterAll(async () => {
    await worker.close();
    await api.stop();
  });

  it('projects what the api appends, records SLA facts, and serves only health and metrics', async () => {
    const { body } = await api
      .http()
      .post('/feedback')
      .send({ channel: 'web', content: 'checkout fails' })
      .expect(201);
    const queue = await api.http().get('/tickets/open').query({ minPosition: body.position }).expect(200);
    expect(queue.body.items.map((t: { id: string }) => t.id)).toEqual([body.id]);

    // One working day later the unclassified ticket has missed its first-response target.
    api.clock.set('2024-09-03T02:00:00Z');
    expect(await worker.get(SlaClock).tick()).toMatchObject({ checked: 1 });
    const history = await api.http().get(`/feedback/${body.id}/history`).expect(200);
    expect(history.body.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['SlaBreached', 'TicketEscalated']),
    );

    await request(worker.getHttpServer()).get('/health/ready').expect(200);
    await request(worker.getHttpServer())
      .get('/metrics')
      .expect(200, /ledger_events_appended_total\{type="SlaBreached"\} 1/);
    await request(worker.getHttpServer()).post('/feedback').send({}).expect(404);
  });
});
