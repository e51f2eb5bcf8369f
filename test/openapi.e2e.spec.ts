import SwaggerParser from '@apidevtools/swagger-parser';
import { TestApp } from './support/test-app';

interface Operation {
  parameters?: { name: string; in: string; schema?: { enum?: string[]; items?: { enum?: string[] } } }[];
  responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }>;
  requestBody?: unknown;
}

describe('the OpenAPI document at /docs', () => {
  let app: TestApp;
  let document: {
    paths: Record<string, Record<string, Operation>>;
    components: {
      schemas: Record<string, { required?: string[]; properties: Record<string, { enum?: string[] }> }>;
    };
  };

  beforeAll(async () => {
    app = await TestApp.start();
    document = (await app.http().get('/docs/openapi.json').expect(200)).body;
  });
  afterAll(async () => {
    await app.stop();
  });

  it('is a valid OpenAPI document', async () => {
    // Rejects, naming the first offending place, when the document breaks the OpenAPI 3.0 schema.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it('describes every route the server has, and no other', () => {
    const served = app
      .routes()
      .filter((route) => route.method !== 'HEAD' && !route.url.startsWith('/docs'))
      .map((route) => `${route.method} ${route.url.replace(/:(\w+)/g, '{$1}')}`)
      .sort();
    const documented = Object.entries(document.paths)
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(documented).toEqual(served);
    expect(served.length).toBeGreaterThanOrEqual(30);
  });

  it('carries the DTOs with their enums and required fields, the error shape and the command headers', () => {
    const intake = document.components.schemas.ReceiveFeedbackDto;
    expect(intake.required).toEqual(expect.arrayContaining(['channel', 'content']));
    expect(intake.properties.channel.enum).toContain('after_sales');
    const classify = document.paths['/feedback/{id}/classify'].post;
    expect(Object.keys(classify.responses)).toEqual(
      expect.arrayContaining(['200', '400', '404', '409', '415', '422']),
    );
    expect(classify.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['id', 'Idempotency-Key', 'If-Match', 'X-Actor', 'X-Correlation-Id']),
    );
    const queue = document.paths['/tickets/open'].get;
    const slaState = queue.parameters?.find((p) => p.name === 'slaState');
    expect(JSON.stringify(slaState)).toContain('breached');
    expect(Object.keys(queue.responses)).toEqual(expect.arrayContaining(['200', '400', '503']));
    expect(document.components.schemas.Error.required).toEqual(['statusCode', 'error', 'message']);
  });

  it('gives each text format of a report its media type, and the HTML page its Content-Security-Policy', () => {
    for (const path of ['/reports/weekly', '/reports/monthly']) {
      const ok = document.paths[path].get.responses['200'];
      expect(Object.keys(ok.content ?? {}).sort()).toEqual([
        'application/json',
        'text/csv',
        'text/html',
        'text/markdown',
      ]);
      expect(ok.content?.['text/html']).toEqual({ schema: { type: 'string' } });
      expect(Object.keys(ok.headers ?? {})).toEqual(['Content-Security-Policy']);
    }
    const queue = document.paths['/tickets/open'].get.responses['200'];
    expect(Object.keys(queue.content ?? {}).sort()).toEqual(['application/json', 'text/csv']);
  });

  it('serves the interactive page', async () => {
    const page = await app.http().get('/docs').expect(200);
    expect(page.text).toContain('swagger');
  });
});
