import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import loadMetadata from './openapi-metadata';
import { withAccess } from './openapi-access';
import { withConventions } from './openapi-conventions';

/**
 * The OpenAPI document of every route, served at `/docs` (UI) and `/docs/openapi.json`: the DTOs
 * as the Swagger plugin read them, plus the conventions all routes share (error shape, headers).
 */
export async function serveOpenApi(app: NestFastifyApplication): Promise<OpenAPIObject> {
  await SwaggerModule.loadPluginMetadata(loadMetadata);
  const config = new DocumentBuilder()
    .setTitle('Feedback Ledger')
    .setDescription(
      'Event-sourced backend for the closed loop of customer feedback: commands append events to each ' +
        "ticket's stream; queues, KPIs and reports are projections of the log.",
    )
    .setVersion('0.1.0')
    .build();
  const document = withAccess(withConventions(SwaggerModule.createDocument(app, config)));
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs/openapi.json',
    yamlDocumentUrl: 'docs/openapi.yaml',
  });
  return document;
}
