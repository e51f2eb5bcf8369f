import { Module, type DynamicModule } from '@nestjs/common';
import { EventStoreModule } from '@ledger/event-store';
import { FeedbackModule } from '@ledger/feedback';
import { ProjectionsModule } from '@ledger/projections';
import { ReadStoreModule } from '@ledger/read-store';
import { SlaClockModule } from '@ledger/sla-clock';
import { AdminController } from './admin/admin.controller';
import type { LedgerConfig } from './config/ledger-config';
import { slaRulesOf } from './config/sla-config';
import { FeedbackCommandsController } from './feedback/feedback-commands.controller';
import { FeedbackQueriesController } from './feedback/feedback-queries.controller';
import { KpisController } from './kpis/kpis.controller';
import { ReportsController } from './reports/reports.controller';
import { TicketsController } from './tickets/tickets.controller';

@Module({})
export class AppModule {
  static forRoot(config: LedgerConfig): DynamicModule {
    const sla = slaRulesOf(config.sla);
    return {
      module: AppModule,
      imports: [
        EventStoreModule.forRoot(config),
        ReadStoreModule.forRoot(config),
        FeedbackModule.forRoot({ timeZone: config.timeZone }),
        ProjectionsModule.forRoot({
          runProjector: config.runProjector,
          freshnessTimeoutMs: config.viewWaitMs,
          timeZone: config.timeZone,
          repeatWindowDays: config.repeatWindowDays,
          sla,
        }),
        SlaClockModule.forRoot({ rules: sla, ...config.sla.clock }),
      ],
      controllers: [
        FeedbackCommandsController,
        FeedbackQueriesController,
        TicketsController,
        KpisController,
        ReportsController,
        AdminController,
      ],
    };
  }
}
