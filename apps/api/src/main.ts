import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, boundShutdown, loadConfig } from '@ledger/config';
import { createApp } from './create-app';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  boundShutdown(config.shutdownTimeoutMs, app.getHttpServer(), (message) =>
    new Logger('FeedbackLedger').error(message),
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
