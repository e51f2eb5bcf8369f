import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger as PinoLogger } from 'nestjs-pino';
import { ConfigError, boundShutdown, loadConfig } from '@ledger/config';
import { WorkerModule } from './worker.module';

/** The worker answers on WORKER_PORT (default 3001), so that it can run beside an api on one host. */
async function bootstrap(): Promise<void> {
  const config = loadConfig({ ...process.env, PORT: process.env.WORKER_PORT ?? '3001' });
  const app = await NestFactory.create<NestFastifyApplication>(
    WorkerModule.forRoot(config),
    new FastifyAdapter(),
    { bufferLogs: true },
  );
  app.useLogger(app.get(PinoLogger));
  app.enableShutdownHooks();
  boundShutdown(config.shutdownTimeoutMs, app.getHttpServer(), (message) =>
    new Logger('FeedbackLedgerWorker').error(message),
  );
  await app.listen(config.port, '0.0.0.0');
  new Logger('FeedbackLedgerWorker').log(
    `projector and SLA clock running (every ${config.sla.clock.intervalMs} ms); health and metrics on port ${config.port}`,
  );
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `configuration error: ${error.message}` : error);
  process.exit(1);
});
