import { STATUS_CODES } from 'node:http';
import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { ApiKeyRefusedError, IssuerUnavailableError } from '@ledger/access';
import type { ApiKeyRefusal, RefusalKind } from '@ledger/domain';
import { ViewsBehindError, WhatIfBusyError } from '@ledger/projections';
import { InvalidCursorError, StoreUnavailableError } from '@ledger/read-store';
import {
  CommandRefusedError,
  CustomerNotFoundError,
  FeedbackNotFoundError,
  IdempotencyKeyReusedError,
  KnowledgeCaseConflictError,
  KnowledgeCaseNotFoundError,
  ProblemNotFoundError,
  RevisionConflictError,
  TaxonomyConflictError,
  TrackingNotFoundError,
} from '@ledger/feedback';

const REFUSAL_STATUS: Record<RefusalKind, number> = {
  not_found: 404,
  already_exists: 409,
  illegal_transition: 409,
  rule_violated: 422,
};

const API_KEY_REFUSAL_STATUS: Record<ApiKeyRefusal['kind'], number> = {
  not_found: 404,
  conflict: 409,
  invalid: 400,
};

/** The part of the HTTP reply the filter needs; keeps it independent of the platform adapter. */
interface Reply {
  status(code: number): { send(payload: unknown): unknown };
  header(name: string, value: string): unknown;
}

/**
 * When a client may try a write again after a store's fault (a full disk, a read-only file): long
 * enough not to hammer a store an operator is freeing, short enough to notice the cure soon.
 */
const STORE_RETRY_AFTER_SECONDS = 30;

interface ErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  readonly [extra: string]: unknown;
}

const body = (statusCode: number, message: string, extra: object = {}): ErrorBody => ({
  statusCode,
  error: STATUS_CODES[statusCode] ?? 'Error',
  message,
  ...extra,
});

/** Maps every error to one JSON shape; only a fault of ours becomes a 500. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<Reply>();
    const answer = this.toBody(exception);
    if (exception instanceof StoreUnavailableError)
      reply.header('Retry-After', String(STORE_RETRY_AFTER_SECONDS));
    reply.status(answer.statusCode).send(answer);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) {
      const response = exception.getResponse();
      return typeof response === 'object'
        ? body(exception.getStatus(), exception.message, { ...response, statusCode: exception.getStatus() })
        : body(exception.getStatus(), response);
    }
    if (
      exception instanceof FeedbackNotFoundError ||
      exception instanceof TrackingNotFoundError ||
      exception instanceof CustomerNotFoundError ||
      exception instanceof KnowledgeCaseNotFoundError ||
      exception instanceof ProblemNotFoundError
    ) {
      return body(404, exception.message);
    }
    if (exception instanceof InvalidCursorError) {
      return body(400, exception.message, { errors: [{ field: 'after', reason: exception.message }] });
    }
    if (exception instanceof ViewsBehindError) {
      return body(503, exception.message, { position: exception.position.toString() });
    }
    if (exception instanceof CommandRefusedError) {
      const { rule, kind, message, status } = exception.refusal;
      return body(REFUSAL_STATUS[kind], message, { rule, ...(status ? { status } : {}) });
    }
    if (exception instanceof IssuerUnavailableError) return body(503, exception.message);
    if (exception instanceof StoreUnavailableError) {
      // The operator must hear of it: the answer tells the client, the log whoever can free the disk.
      const { cause } = exception;
      const detail =
        typeof cause === 'object' && cause !== null && 'message' in cause
          ? ` (${String(cause.message)})`
          : '';
      this.logger.error(`${exception.message}${detail}`);
      return body(503, exception.message, { reason: exception.reason });
    }
    if (exception instanceof WhatIfBusyError) return body(429, exception.message, { rule: 'WhatIfBusy' });
    if (exception instanceof ApiKeyRefusedError) {
      const { rule, kind, message } = exception.refusal;
      return body(API_KEY_REFUSAL_STATUS[kind], message, { rule });
    }
    if (exception instanceof RevisionConflictError || exception instanceof KnowledgeCaseConflictError) {
      return body(409, exception.message, {
        rule: 'RevisionConflict',
        ...(exception.actualRevision !== undefined ? { currentRevision: exception.actualRevision } : {}),
      });
    }
    if (exception instanceof TaxonomyConflictError) {
      return body(409, exception.message, {
        rule: 'RevisionConflict',
        currentRevision: exception.actualRevision,
      });
    }
    if (exception instanceof IdempotencyKeyReusedError) {
      return body(422, exception.message, { rule: 'IdempotencyKeyReused' });
    }
    this.logger.error(
      exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
    );
    return body(500, 'an unexpected error occurred');
  }
}
