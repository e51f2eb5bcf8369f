import { Controller, Get, Header, Inject } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { projectionLag, VIEWS_PROJECTOR } from '@ledger/projections';
import { READ_STORE, type ReadStore } from '@ledger/read-store';
import { LedgerMetrics } from './ledger-metrics';

@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: LedgerMetrics,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly views: ReadStore,
  ) {}

  /** Prometheus text format; the projection gauges and the probes' readings are taken at each scrape. */
  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
    const lag = await projectionLag(this.events, this.views, VIEWS_PROJECTOR, new Date());
    this.metrics.projectionPosition.set(Number(lag.position ?? 0));
    this.metrics.projectionLagEvents.set(lag.eventsBehind);
    this.metrics.projectionLagSeconds.set(lag.secondsBehind);
    return this.metrics.scrape();
  }
}
