import {
  Inject,
  Logger,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ScheduleModule, SchedulerRegistry } from '@nestjs/schedule';
import { AlertOutboxMetrics } from './alert-outbox-metrics';
import { AlertWebhook } from './alert-webhook';
import { ALERTS_OPTIONS, type AlertsModuleOptions } from './alerts-options';
import { ListAlertsHandler } from './list-alerts.handler';
import { SpikeMonitor } from './spike-monitor';

const INTERVAL_NAME = 'spike-alerts';

/** Spike alerts (SPEC §8): the monitor, the webhook outbox, and the query that lists them. */
@Module({})
export class AlertsModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('SpikeAlerts');
  private stopped = false;

  constructor(
    private readonly monitor: SpikeMonitor,
    private readonly webhook: AlertWebhook,
    private readonly scheduler: SchedulerRegistry,
    @Inject(ALERTS_OPTIONS) private readonly options: AlertsModuleOptions,
  ) {}

  static forRoot(options: AlertsModuleOptions): DynamicModule {
    return {
      module: AlertsModule,
      imports: [ScheduleModule.forRoot()],
      providers: [
        { provide: ALERTS_OPTIONS, useValue: options },
        SpikeMonitor,
        AlertWebhook,
        ListAlertsHandler,
        AlertOutboxMetrics,
      ],
      exports: [SpikeMonitor, AlertWebhook],
    };
  }

  onApplicationBootstrap(): void {
    if (!this.options.run) return;
    const interval = setInterval(() => {
      if (this.stopped) return;
      this.monitor
        .check()
        .then(() => this.webhook.flush())
        .catch((error: unknown) => this.logger.error(String(error)));
    }, this.options.intervalMs);
    this.scheduler.addInterval(INTERVAL_NAME, interval);
  }

  /** Before the stores close: no new look, and the ones under way finish. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.scheduler.doesExist('interval', INTERVAL_NAME)) this.scheduler.deleteInterval(INTERVAL_NAME);
    await Promise.all([this.monitor.idle(), this.webhook.idle()]);
  }
}
