import helmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { requestIdOf } from '@ledger/observability';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import type { LedgerConfig } from '@ledger/config';
import { ErrorFilter } from './http/error-filter';
import { recordRequestMetrics } from './http/request-metrics';
import { validationPipe } from './http/validation-pipe';
import { serveOpenApi } from './openapi/openapi-document';

export const httpAdapter = (): FastifyAdapter =>
  new FastifyAdapter({ bodyLimit: 1024 * 1024, requestIdHeader: false, genReqId: requestIdOf });

/**
 * Nest's own body parsers would also take form-encoded bodies; with them off, Fastify's JSON
 * parser is the only one and any other media type gets 415.
 */
export const APP_OPTIONS = { bodyParser: false } as const;

/** The cross-cutting HTTP setup, shared by `main.ts` and the end-to-end tests. */
export async function configureApp(app: NestFastifyApplication): Promise<NestFastifyApplication> {
  // Security headers on every answer. The policy lets the /docs page load its own script and
  // styles; the HTML reports send a stricter one of their own.
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
      },
    },
  });
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new ErrorFilter());
  app.enableShutdownHooks();
  recordRequestMetrics(app);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      reply.header('X-Request-Id', request.id);
      done();
    });
  await serveOpenApi(app);
  return app;
}

export async function createApp(config: LedgerConfig): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), httpAdapter(), {
    bufferLogs: true,
    ...APP_OPTIONS,
  });
  app.useLogger(app.get(Logger));
  return configureApp(app);
}
