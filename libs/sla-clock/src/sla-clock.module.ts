import {
  Inject,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { ScheduleModule, SchedulerRegistry } from '@nestjs/schedule';
import type { SlaRules } from '@ledger/domain';
import { CheckSlaHandler } from './check-sla.handler';
import { SlaClock } from './sla-clock';
import { SLA_RULES } from './sla-rules';

export interface SlaClockModuleOptions {
  readonly rules: SlaRules;
  /** Run the clock in this process; the handler is available either way. */
  readonly run: boolean;
  readonly intervalMs: number;
}

const SLA_CLOCK_OPTIONS = Symbol('SLA_CLOCK_OPTIONS');
const INTERVAL_NAME = 'sla-clock';

/** The SLA clock and its command; the interval comes from configuration (SLA_CLOCK_INTERVAL_MS). */
@Module({})
export class SlaClockModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('SlaClock');

  constructor(
    private readonly clock: SlaClock,
    private readonly scheduler: SchedulerRegistry,
    @Inject(SLA_CLOCK_OPTIONS) private readonly options: SlaClockModuleOptions,
  ) {}

  static forRoot(options: SlaClockModuleOptions): DynamicModule {
    return {
      module: SlaClockModule,
      imports: [ScheduleModule.forRoot()],
      providers: [
        { provide: SLA_CLOCK_OPTIONS, useValue: options },
        { provide: SLA_RULES, useValue: options.rules },
        CheckSlaHandler,
        SlaClock,
      ],
      exports: [SlaClock, SLA_RULES],
    };
  }

  onApplicationBootstrap(): void {
    if (!this.options.run) return;
    const interval = setInterval(() => {
      this.clock.tick().catch((error: unknown) => this.logger.error(String(error)));
    }, this.options.intervalMs);
    this.scheduler.addInterval(INTERVAL_NAME, interval);
  }

  /** Before the stores close: no new tick, and the one under way finishes. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.scheduler.doesExist('interval', INTERVAL_NAME)) this.scheduler.deleteInterval(INTERVAL_NAME);
    await this.clock.stop();
  }
}
