import type { OpenAPIObject } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { REPORT_CONTENT_SECURITY_POLICY } from '../reports/html/report-html';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
type Parameter = Extract<NonNullable<Operation['parameters']>[number], { in: string }>;

const ERROR_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 409 },
    error: { type: 'string', example: 'Conflict' },
    message: { type: 'string', example: 'Acknowledge is not allowed on a ticket that is received' },
    rule: {
      type: 'string',
      description: 'The business rule that refused the command',
      example: 'AcknowledgeNotAllowedWhenReceived',
    },
    status: { type: 'string', description: 'The ticket status that forbade it' },
    reason: {
      type: 'string',
      enum: ['disk_full', 'read_only', 'io_error', 'cannot_open'],
      description: 'With 503 from a store: why it cannot write',
    },
    currentRevision: { type: 'integer', description: 'With RevisionConflict: the revision the ticket is at' },
    errors: {
      type: 'array',
      description: 'With 400: each invalid field and why',
      items: {
        type: 'object',
        required: ['field', 'reason'],
        properties: { field: { type: 'string', example: 'priority' }, reason: { type: 'string' } },
      },
    },
  },
};

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** Any write may meet a store that cannot write; the client may send it again, with the same key. */
const STORE_UNAVAILABLE = {
  ...error(
    'A store cannot write (reason: the disk is full, its files are read-only, …): nothing was appended; send it again after Retry-After',
  ),
  headers: {
    'Retry-After': { description: 'Seconds to wait before sending again', schema: { type: 'integer' } },
  },
};

const token = (name: string, description: string): Parameter => ({
  in: 'header',
  name,
  required: false,
  description,
  schema: { type: 'string', minLength: 1, maxLength: 200 },
});

const COMMAND_HEADERS: Parameter[] = [
  token(
    'Idempotency-Key',
    'The command id: a retry with the same key and body gets the first answer and appends nothing',
  ),
  token('X-Actor', 'Service keys only: the person a front-line tool acts for, recorded as the actor'),
  token('X-Correlation-Id', 'Recorded as $correlationId; defaults to the command id'),
];

const IF_MATCH: Parameter = {
  in: 'header',
  name: 'If-Match',
  required: false,
  description:
    'Apply only if the ticket (or knowledge case) is still at this revision ("3"), else 409; * matches any',
  schema: { type: 'string', pattern: '^("\\d+"|\\*)$' },
};

const MEDIA_TYPES: Record<string, string> = { csv: 'text/csv', md: 'text/markdown', html: 'text/html' };

/** A `format` query parameter picks the media type of the answer: each text format is a string of its own type. */
function withFormats(get: Operation): void {
  const format = get.parameters?.find((p): p is Parameter => 'name' in p && p.name === 'format');
  const formats: string[] = (format?.schema as SchemaObject | undefined)?.enum ?? [];
  const ok = get.responses['200'];
  if (!ok || !('description' in ok)) return;
  for (const name of formats.filter((f) => f in MEDIA_TYPES)) {
    ok.content = { ...ok.content, [MEDIA_TYPES[name]]: { schema: { type: 'string' } } };
  }
  if (formats.includes('html')) {
    ok.headers = {
      ...ok.headers,
      'Content-Security-Policy': {
        description: 'With format=html: the page may load and run nothing but its inline style',
        schema: { type: 'string', example: REPORT_CONTENT_SECURITY_POLICY },
      },
    };
  }
}

/** What a 404 means on a path that names a ticket or a case; undefined on other paths. */
function notFoundOn(path: string): string | undefined {
  if (path.includes('{id}')) return 'No ticket with this id';
  if (path.includes('{caseId}')) return 'No knowledge case with this id';
  return undefined;
}

/** Publishing names its source in the body, which may not exist. */
const SOURCE_NOT_FOUND = 'No ticket or problem with the id the source names';

/** Adds what every route shares and the plugin cannot see: the error shape, the command headers. */
export function withConventions(document: OpenAPIObject): OpenAPIObject {
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Error: ERROR_SCHEMA },
  };
  for (const [path, item] of Object.entries(document.paths)) {
    // A path naming a ticket or a case: either may not exist (404), and both have revisions (If-Match).
    const notFound = notFoundOn(path);
    if (item.post) {
      const post = item.post;
      const postNotFound = path === '/knowledge' ? SOURCE_NOT_FOUND : notFound;
      post.parameters = [...(post.parameters ?? []), ...COMMAND_HEADERS, ...(notFound ? [IF_MATCH] : [])];
      post.responses = {
        ...post.responses,
        '400': error('Invalid input: each field and the reason (nothing is appended)'),
        ...(postNotFound ? { '404': error(postNotFound) } : {}),
        '409': error('An illegal transition (rule, status) or a revision conflict (currentRevision)'),
        '415': error('The body is not JSON'),
        '422': error(
          'A business rule refused the command (rule), or the idempotency key was reused with another body',
        ),
        '503': STORE_UNAVAILABLE,
      };
    }
    if (item.put) {
      item.put.parameters = [...(item.put.parameters ?? []), ...COMMAND_HEADERS, IF_MATCH];
      item.put.responses = {
        ...item.put.responses,
        '400': error('Invalid input: each field and the reason (nothing is appended)'),
        '409': error('The resource is no longer at the revision of If-Match (currentRevision)'),
        '415': error('The body is not JSON'),
        '422': error('The idempotency key was reused with another body'),
        '503': STORE_UNAVAILABLE,
      };
    }
    if (item.get && !path.startsWith('/health') && path !== '/metrics') {
      const get = item.get;
      withFormats(get);
      const readsViews = (get.parameters ?? []).some((p) => 'name' in p && p.name === 'minPosition');
      get.responses = {
        ...get.responses,
        '400': error('Invalid query: each field and the reason'),
        ...(notFound ? { '404': error(notFound) } : {}),
        ...(readsViews ? { '503': error('The views had not reached minPosition within the wait') } : {}),
        ...(path.startsWith('/track/')
          ? {
              '404': error('No ticket matches this number and verification (unknown numbers answer alike)'),
              '429': error('Too many lookups from this client (LEDGER_TRACK_RATE_LIMIT a minute)'),
            }
          : {}),
      };
    }
  }
  return document;
}
