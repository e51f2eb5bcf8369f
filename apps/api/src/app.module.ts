import { Module, type DynamicModule } from '@nestjs/common';
import { EventStoreModule } from '@ledger/event-store';
import { FeedbackModule } from '@ledger/feedback';
import type { LedgerConfig } from './config/ledger-config';
import { FeedbackCommandsController } from './feedback/feedback-commands.controller';
import { FeedbackQueriesController } from './feedback/feedback-queries.controller';

@Module({})
export class AppModule {
  static forRoot(config: LedgerConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [EventStoreModule.forRoot(config), FeedbackModule.forRoot({ timeZone: config.timeZone })],
      controllers: [FeedbackCommandsController, FeedbackQueriesController],
    };
  }
}
