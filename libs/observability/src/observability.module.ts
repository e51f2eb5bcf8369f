import { Module, type DynamicModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { LedgerMetrics } from './ledger-metrics';
import { MetricsController } from './metrics.controller';
import { OBSERVABILITY_OPTIONS, type ObservabilityOptions } from './observability-options';

/** `/health/live`, `/health/ready` and `/metrics`, for the api and the worker alike. */
@Module({})
export class ObservabilityModule {
  static forRoot(metrics: LedgerMetrics, options: ObservabilityOptions): DynamicModule {
    return {
      module: ObservabilityModule,
      global: true,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: LedgerMetrics, useValue: metrics },
        { provide: OBSERVABILITY_OPTIONS, useValue: options },
      ],
      exports: [LedgerMetrics],
    };
  }
}
