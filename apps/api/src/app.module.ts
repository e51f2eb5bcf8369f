import { personalDataPolicy } from '@ledger/domain';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccessModule } from '@ledger/access';
import { AlertsModule } from '@ledger/alerts';
import { EventStoreModule } from '@ledger/event-store';
import { FeedbackModule } from '@ledger/feedback';
import { ProjectionsModule } from '@ledger/projections';
import { LedgerMetrics, ObservabilityModule, requestLogging } from '@ledger/observability';
import type { DestinationStream } from 'pino';
import { commandOfRequest } from './feedback/command-routes';
import { ReadStoreModule } from '@ledger/read-store';
import { SlaClockModule } from '@ledger/sla-clock';
import { AdminController } from './admin/admin.controller';
import { feedbackOptionsOf, slaRulesOf, type LedgerConfig } from '@ledger/config';
import { FeedbackCommandsController } from './feedback/feedback-commands.controller';
import { FeedbackQueriesController } from './feedback/feedback-queries.controller';
import { KpisController } from './kpis/kpis.controller';
import { ReportsController } from './reports/reports.controller';
import { TicketsController } from './tickets/tickets.controller';
import { TrackingController } from './tracking/tracking.controller';
import { AlertsController } from './alerts/alerts.controller';
import { TaxonomyController } from './admin/taxonomy.controller';
import { AccessGuard } from './access/access.guard';
import { CLIENT_THROTTLER, ClientThrottlerGuard, TRACK_THROTTLER } from './access/client-throttler.guard';
import { ApiKeysController } from './access/api-keys.controller';
import { CustomersController } from './customers/customers.controller';
import { ProblemsController } from './problems/problems.controller';
import { AuditController } from './audit/audit.controller';
import { ContactMaskingInterceptor } from './access/contact-masking.interceptor';
import { KnowledgeController } from './knowledge/knowledge.controller';

@Module({})
export class AppModule {
  /** `logDestination` sends the log lines elsewhere than standard output (the tests read them). */
  static forRoot(config: LedgerConfig, logDestination?: DestinationStream): DynamicModule {
    const sla = slaRulesOf(config.sla);
    const metrics = new LedgerMetrics();
    return {
      module: AppModule,
      imports: [
        EventStoreModule.forRoot({
          ...config,
          personalData: personalDataPolicy,
          onAppended: (events) => metrics.countAppended(events),
        }),
        ObservabilityModule.forRoot(metrics, { readyMaxLagSeconds: config.readyMaxLagSeconds }),
        requestLogging({ ...config.log, commandOf: commandOfRequest, destination: logDestination }),
        ReadStoreModule.forRoot(config),
        FeedbackModule.forRoot(feedbackOptionsOf(config)),
        ProjectionsModule.forRoot({
          runProjector: config.runProjector,
          freshnessTimeoutMs: config.viewWaitMs,
          timeZone: config.timeZone,
          repeatWindowDays: config.repeatWindowDays,
          sla,
        }),
        SlaClockModule.forRoot({ rules: sla, ...config.sla.clock }),
        AlertsModule.forRoot({ ...config.alerts, run: config.sla.clock.run }),
        ThrottlerModule.forRoot([
          { name: CLIENT_THROTTLER, ttl: 60_000, limit: config.requestsPerMinute },
          { name: TRACK_THROTTLER, ttl: 60_000, limit: config.trackRequestsPerMinute },
        ]),
        AccessModule.forRoot(config.access),
      ],
      // In this order: the key is checked first, so the limit counts per key.
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: ClientThrottlerGuard },
        { provide: APP_INTERCEPTOR, useClass: ContactMaskingInterceptor },
      ],
      controllers: [
        FeedbackCommandsController,
        FeedbackQueriesController,
        TicketsController,
        KpisController,
        ReportsController,
        AdminController,
        TrackingController,
        AlertsController,
        TaxonomyController,
        ApiKeysController,
        AuditController,
        CustomersController,
        ProblemsController,
        KnowledgeController,
      ],
    };
  }
}
