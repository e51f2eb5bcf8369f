import { Inject, Injectable, Optional, type OnModuleInit } from '@nestjs/common';
import type { SpikeAlertsState } from '@ledger/domain';
import { CLOCK, SpikeAlertLog, type Clock } from '@ledger/feedback';
import { LedgerMetrics } from '@ledger/observability';

const OUTBOX = 'spike_alerts';

/** The outbox's backlog as one reading: what is still retried, what gave up, and the oldest wait. */
export function alertOutboxBacklog(state: SpikeAlertsState, now: Date) {
  const pending = state.alerts.filter((alert) => alert.delivery.status === 'pending');
  const failed = state.alerts.filter((alert) => alert.delivery.status === 'failed').length;
  const oldest = pending[0] ? Date.parse(pending[0].raisedAt) : undefined;
  return {
    pending: pending.length,
    failed,
    oldestPendingSeconds: oldest === undefined ? 0 : Math.max(0, (now.getTime() - oldest) / 1000),
  };
}

/**
 * Reads the spike alert outbox at each scrape, in every process that serves metrics: the stream is
 * the outbox, so a process that does not deliver still sees the backlog of the one that does.
 */
@Injectable()
export class AlertOutboxMetrics implements OnModuleInit {
  constructor(
    private readonly log: SpikeAlertLog,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() private readonly metrics?: LedgerMetrics,
  ) {}

  onModuleInit(): void {
    const metrics = this.metrics;
    if (!metrics) return;
    metrics.onScrape(async () => {
      const { state } = await this.log.read();
      const backlog = alertOutboxBacklog(state, this.clock.now());
      metrics.outboxBacklog.set({ outbox: OUTBOX, state: 'pending' }, backlog.pending);
      metrics.outboxBacklog.set({ outbox: OUTBOX, state: 'failed' }, backlog.failed);
      metrics.outboxOldestPendingSeconds.set({ outbox: OUTBOX }, backlog.oldestPendingSeconds);
    });
  }
}
