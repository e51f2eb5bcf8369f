import { personalDataPolicy } from '@ledger/domain';
import { Module, type DynamicModule } from '@nestjs/common';
import { AlertsModule } from '@ledger/alerts';
import { feedbackOptionsOf, slaRulesOf, type LedgerConfig } from '@ledger/config';
import { EventStoreModule } from '@ledger/event-store';
import { FeedbackModule } from '@ledger/feedback';
import { LedgerMetrics, ObservabilityModule, requestLogging } from '@ledger/observability';
import { ProjectionsModule } from '@ledger/projections';
import { ReadStoreModule } from '@ledger/read-store';
import { SlaClockModule } from '@ledger/sla-clock';

/**
 * The background process of a cluster: the projector that keeps the views and the SLA clock, with
 * no API of its own besides health and metrics. Any number may run: the checkpoint's
 * compare-and-set keeps the views exact, and SLA facts land once however many clocks notice them.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: LedgerConfig): DynamicModule {
    const sla = slaRulesOf(config.sla);
    const metrics = new LedgerMetrics();
    return {
      module: WorkerModule,
      imports: [
        EventStoreModule.forRoot({
          ...config,
          personalData: personalDataPolicy,
          onAppended: (events) => metrics.countAppended(events),
        }),
        ReadStoreModule.forRoot(config),
        ObservabilityModule.forRoot(metrics, { readyMaxLagSeconds: config.readyMaxLagSeconds }),
        requestLogging(config.log),
        FeedbackModule.forRoot(feedbackOptionsOf(config)),
        ProjectionsModule.forRoot({
          runProjector: true,
          freshnessTimeoutMs: config.viewWaitMs,
          timeZone: config.timeZone,
          repeatWindowDays: config.repeatWindowDays,
          sla,
        }),
        SlaClockModule.forRoot({ rules: sla, run: true, intervalMs: config.sla.clock.intervalMs }),
        AlertsModule.forRoot({ ...config.alerts, run: true }),
      ],
    };
  }
}
