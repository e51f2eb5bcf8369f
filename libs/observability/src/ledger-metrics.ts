import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** How a command ended, as its HTTP status tells. */
export type CommandOutcome = 'accepted' | 'rejected' | 'failed';

export const outcomeOf = (status: number): CommandOutcome =>
  status < 400 ? 'accepted' : status < 500 ? 'rejected' : 'failed';

/**
 * The service's Prometheus metrics, in a registry of its own (not prom-client's global one), so
 * that several applications in one process, as in the tests, never register a metric twice.
 */
export class LedgerMetrics {
  readonly registry = new Registry();

  readonly commands = new Counter({
    name: 'ledger_commands_total',
    help: 'Commands received, by type, outcome and HTTP status',
    labelNames: ['command', 'outcome', 'status'] as const,
    registers: [this.registry],
  });

  readonly commandSeconds = new Histogram({
    name: 'ledger_command_duration_seconds',
    help: 'Time to answer a command, by type',
    labelNames: ['command'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly requestSeconds = new Histogram({
    name: 'ledger_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly eventsAppended = new Counter({
    name: 'ledger_events_appended_total',
    help: 'Events appended by this process, by type (SLA warnings and breaches among them)',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  readonly projectionPosition = new Gauge({
    name: 'ledger_projection_position',
    help: 'Log position the views have committed',
    registers: [this.registry],
  });

  readonly projectionLagEvents = new Gauge({
    name: 'ledger_projection_lag_events',
    help: 'Events in the log not yet in the views (counted up to 10000)',
    registers: [this.registry],
  });

  readonly projectionLagSeconds = new Gauge({
    name: 'ledger_projection_lag_seconds',
    help: 'How long the oldest event not yet in the views has waited',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'ledger_' });
  }

  countAppended(events: readonly { readonly type: string }[]): void {
    for (const event of events) this.eventsAppended.inc({ type: event.type });
  }
}
