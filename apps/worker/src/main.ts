import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { ConfigError, loadConfig } from '@ledger/config';
import { WorkerModule } from './worker.module';

/** The worker answers on WORKER_PORT (default 3001), so that it can run beside an api on one host. */
async function bootstrap(): Promise<void> {
  const config = loadConfig({ ...process.env, PORT: process.env.WORKER_PORT ?? '3001' });
  const app = await NestFactory.create<NestFastifyApplication>(
    WorkerModule.forRoot(config),
    new FastifyAdapter(),
    {
      logger: ['error', 'warn', 'log'],
    },
  );
  app.enableShutdownHooks();
  await app.listen(config.port, '0.0.0.0');
  new Logger('FeedbackLedgerWorker').log(
    `projector and SLA clock running (every ${config.sla.clock.intervalMs} ms); health and metrics on port ${config.port}`,
  );
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `configuration error: ${error.message}` : error);
  process.exit(1);
});
