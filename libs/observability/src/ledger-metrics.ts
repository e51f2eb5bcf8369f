import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { AUTO_ACTOR } from '@ledger/domain';

interface AppendedEvent {
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
}

interface AutomaticClassification {
  readonly category: string;
  readonly outcome: 'applied' | 'held';
  readonly confidence: number;
}

/** The classifier's verdict in an appended event: applied as a classification, or held for triage. */
export function automaticClassificationOf(event: AppendedEvent): AutomaticClassification | undefined {
  const { data } = event;
  if (event.type === 'FeedbackClassified' && data.by === AUTO_ACTOR && typeof data.confidence === 'number') {
    return { category: String(data.category), outcome: 'applied', confidence: data.confidence };
  }
  const proposal = data.proposal as { category?: unknown; confidence?: unknown } | undefined;
  if (event.type === 'ClassificationHeldForTriage' && typeof proposal?.confidence === 'number') {
    return { category: String(proposal.category), outcome: 'held', confidence: proposal.confidence };
  }
  return undefined;
}

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

  readonly classifierConfidence = new Histogram({
    name: 'ledger_classifier_confidence',
    help: 'Confidence of automatic classifications, by proposed category and whether it was applied or held for triage',
    labelNames: ['category', 'outcome'] as const,
    buckets: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1],
    registers: [this.registry],
  });

  readonly outboxBacklog = new Gauge({
    name: 'ledger_outbox_backlog',
    help: 'Messages of an outbox not yet delivered: pending (still retried) or failed (retries exhausted)',
    labelNames: ['outbox', 'state'] as const,
    registers: [this.registry],
  });

  readonly outboxOldestPendingSeconds = new Gauge({
    name: 'ledger_outbox_oldest_pending_seconds',
    help: 'How long the oldest pending message of an outbox has waited',
    labelNames: ['outbox'] as const,
    registers: [this.registry],
  });

  /** Readings taken at each scrape, registered by the modules that own what they read. */
  private readonly scrapeProbes: (() => Promise<void>)[] = [];

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'ledger_' });
  }

  onScrape(probe: () => Promise<void>): void {
    this.scrapeProbes.push(probe);
  }

  async scrape(): Promise<string> {
    await Promise.all(this.scrapeProbes.map((probe) => probe()));
    return this.registry.metrics();
  }

  /** Counted where the events are appended, so every process reports what it decided itself. */
  countAppended(events: readonly AppendedEvent[]): void {
    for (const event of events) {
      this.eventsAppended.inc({ type: event.type });
      const classification = automaticClassificationOf(event);
      if (classification) {
        const { confidence, ...labels } = classification;
        this.classifierConfidence.observe(labels, confidence);
      }
    }
  }
}
