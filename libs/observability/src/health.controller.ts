import { Controller, Get, Inject } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
} from '@nestjs/terminus';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { projectionLag, VIEWS_PROJECTOR } from '@ledger/projections';
import { READ_STORE, type ReadStore } from '@ledger/read-store';
import { OBSERVABILITY_OPTIONS, type ObservabilityOptions } from './observability-options';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly views: ReadStore,
    @Inject(OBSERVABILITY_OPTIONS) private readonly options: ObservabilityOptions,
  ) {}

  /** The process is up and answering; restart it when this fails. */
  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.indicators.check('process').up({ uptimeSeconds: process.uptime() }),
    ]);
  }

  /** Both stores answer and the views are within the allowed lag; send traffic only when this passes. */
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([
      () =>
        this.probe('events', async () => ({
          eventsRead: (await this.events.readAll({ maxCount: 1 })).length,
        })),
      () =>
        this.probe('views', async () => ({
          checkpoint: (await this.views.checkpoint(VIEWS_PROJECTOR))?.toString() ?? null,
        })),
      async () => {
        const lag = await projectionLag(this.events, this.views, VIEWS_PROJECTOR, new Date());
        const session = this.indicators.check('projections');
        const details = {
          secondsBehind: lag.secondsBehind,
          eventsBehind: lag.eventsBehind,
          maxLagSeconds: this.options.readyMaxLagSeconds,
        };
        return lag.secondsBehind <= this.options.readyMaxLagSeconds
          ? session.up(details)
          : session.down(details);
      },
    ]);
  }

  private async probe<K extends string>(key: K, check: () => Promise<Record<string, unknown>>) {
    const session = this.indicators.check(key);
    try {
      return session.up(await check());
    } catch (error) {
      return session.down({ message: (error as Error).message });
    }
  }
}
