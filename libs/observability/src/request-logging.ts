import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { LoggerModule } from 'nestjs-pino';
import type { DynamicModule } from '@nestjs/common';

export interface LoggingOptions {
  readonly format: 'json' | 'pretty';
  readonly level: string;
  /** Names the command a request sends, from its method and path (a route table of the app). */
  readonly commandOf?: (method: string, path: string) => string | undefined;
  /** Where the lines go; standard output when absent (tests pass a stream of their own). */
  readonly destination?: DestinationStream;
}

const TOKEN = /^[\x21-\x7e]{1,200}$/;

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  const one = Array.isArray(value) ? value[0] : value;
  return one !== undefined && TOKEN.test(one) ? one : undefined;
};

/**
 * The request's id: the caller's `X-Request-Id` when it is a plain token, else a new UUID. Fastify
 * calls this for every request (its `genReqId`), and the logs and the reply carry the result.
 */
export const requestIdOf = (req: IncomingMessage): string => header(req, 'x-request-id') ?? randomUUID();

const actors = new WeakMap<IncomingMessage, string>();

/** Names who sent the request, once its key was checked, for the line logged when it completes. */
export const recordActor = (req: IncomingMessage, actor: string): void => {
  actors.set(req, actor);
};

/** The path alone: query strings may carry what a customer typed (a phone's last digits, an email). */
const pathOf = (url: string | undefined): string => (url ?? '').split('?')[0];

type Request = IncomingMessage & { id?: unknown; originalUrl?: string };

// Middleware may rewrite `url` (Fastify's middie does); `originalUrl` keeps what the client asked for.
const requestPath = (req: Request): string => pathOf(req.originalUrl ?? req.url);

/**
 * One JSON line per request (pino, through nestjs-pino) with its request id, the caller's
 * correlation id and actor, and the command it sent. Headers, bodies and query strings are never
 * written, so contact data stays out of the logs. The request id is Fastify's (see requestIdOf).
 */
export function requestLogging(options: LoggingOptions): DynamicModule {
  const pinoHttp: Options = {
    level: options.level,
    customProps: (req: Request) => ({
      correlationId: header(req, 'x-correlation-id') ?? String(req.id),
      actor: header(req, 'x-actor') ?? actors.get(req),
      command: options.commandOf?.(req.method ?? '', requestPath(req)),
    }),
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: pathOf(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: (req) => /^\/(health|metrics)/.test(requestPath(req)) },
    ...(options.format === 'pretty' && !options.destination
      ? { transport: { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:standard' } } }
      : {}),
  };
  return LoggerModule.forRoot({
    pinoHttp: options.destination ? [pinoHttp, options.destination] : pinoHttp,
  });
}
