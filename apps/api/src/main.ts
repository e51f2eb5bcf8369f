import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ApiKeys, bootstrapAdminKey } from '@ledger/access';
import { ConfigError, boundShutdown, loadConfig } from '@ledger/config';
import { createApp } from './create-app';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  boundShutdown(config.shutdownTimeoutMs, app.getHttpServer(), (message) =>
    new Logger('FeedbackLedger').error(message),
  );
  // Straight to the terminal, never into the logs that are collected and kept.
  await bootstrapAdminKey(app.get(ApiKeys), (key) =>
    process.stdout.write(
      `\nNo API key was configured, so an admin key was created. It is shown this once:\n\n  ${key}\n\n` +
        'Send it as "Authorization: Bearer <key>"; create other keys with POST /admin/keys.\n\n',
    ),
  );
  await app.listen(config.port, '0.0.0.0');
  const events = config.eventStoreConnectionString ? 'EventStoreDB' : `${config.dataDir}/events.sqlite`;
  const views = config.mongodbUri ? 'MongoDB' : `${config.dataDir}/views.sqlite`;
  new Logger('FeedbackLedger').log(
    `listening on port ${config.port}; events in ${events}, views in ${views}` +
      (config.runProjector ? '' : ' (projector off: another process keeps the views)'),
  );
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `configuration error: ${error.message}` : error);
  process.exit(1);
});
