import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import type { Principal } from '@ledger/access';
import type { CommandContext } from '@ledger/feedback';
import { badRequest, type FieldError } from './validation-pipe';
import { canonicalJson, TooDeepError } from '@ledger/event-store';

interface CommandRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body?: unknown;
  /** Set by the access guard from the request's key. */
  readonly principal?: Principal;
}

const TOKEN = /^[\x21-\x7e]{1,200}$/;
const IF_MATCH = /^(?:\*|(?:W\/)?(?:"(\d{1,15})"|(\d{1,15})))$/;

function header(request: CommandRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Builds the command's context from the request: `Idempotency-Key` becomes the command id,
 * `If-Match: "<revision>"` the expected revision (`*`: any), the key's name the actor,
 * `X-Correlation-Id` the correlation id. A `service` key sends for front-line tools, whose person
 * at work it names in `X-Actor`: that person is the actor, and the key is recorded as `via`.
 */
export function commandContextOf(request: CommandRequest): CommandContext {
  const errors: FieldError[] = [];
  const read = (name: string, pattern: RegExp, reason: string): string | undefined => {
    const value = header(request, name);
    if (value !== undefined && !pattern.test(value)) errors.push({ field: `header ${name}`, reason });
    return value;
  };
  const key = read('idempotency-key', TOKEN, 'must be 1 to 200 visible ASCII characters');
  const ifMatch = read('if-match', IF_MATCH, 'must be a revision in quotes, e.g. "3", or *');
  const actor = read('x-actor', TOKEN, 'must be 1 to 200 visible ASCII characters');
  const correlation = read('x-correlation-id', TOKEN, 'must be 1 to 200 visible ASCII characters');
  const principal = request.principal;
  if (actor !== undefined && !principal?.roles.includes('service')) {
    errors.push({ field: 'header x-actor', reason: 'only a service key may name the person it acts for' });
  }
  if (errors.length > 0) throw badRequest(errors);

  const commandId = key ?? randomUUID();
  // Paths hold only fixed words and ticket ids, which are case-insensitive.
  const path = request.url.split('?')[0].toLowerCase();
  let body: string;
  try {
    body = canonicalJson(request.body ?? {});
  } catch (error) {
    if (error instanceof TooDeepError) throw badRequest([{ field: 'body', reason: error.message }]);
    throw error;
  }
  const requestHash = createHash('sha256').update(`${request.method} ${path}\n${body}`).digest('base64url');
  const pinned = ifMatch === undefined ? undefined : IF_MATCH.exec(ifMatch);
  const revisionText = pinned?.[1] ?? pinned?.[2];
  const revision = revisionText === undefined ? undefined : Number(revisionText);
  return {
    commandId,
    keyedByClient: key !== undefined,
    actor: actor ?? principal?.name ?? 'anonymous',
    ...(actor !== undefined && principal ? { via: principal.name } : {}),
    correlationId: correlation ?? commandId,
    causationId: commandId,
    requestHash,
    ...(revision === undefined ? {} : { expectedRevision: revision }),
  };
}

export const CommandCtx = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  commandContextOf(ctx.switchToHttp().getRequest<CommandRequest>()),
);
