import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  activeAlerts,
  AUTO_ACTOR,
  CATEGORIES,
  decideSpikeCheck,
  spikeLimit,
  type SpikeAlert,
  type SpikeObservation,
  type SpikeRule,
} from '@ledger/domain';
import {
  CLOCK,
  SpikeAlertLog,
  TEXT_CLASSIFIER_SOURCE,
  type Clock,
  type TextClassifierSource,
} from '@ledger/feedback';
import { CountReceivedQuery } from '@ledger/projections';
import { ALERTS_OPTIONS, type AlertsModuleOptions } from './alerts-options';

const MINUTE = 60_000;

/**
 * Turns counts into spike alerts: at each look, counts every watched category and topic in its
 * rule's window ending now (and, for trailing-average rules, in the windows before), and records
 * what the pure decider makes of them. Any number of processes may look at once: the append
 * expects the alert stream's revision, so each episode is raised once.
 */
@Injectable()
export class SpikeMonitor {
  private running?: Promise<number>;

  constructor(
    @Inject(ALERTS_OPTIONS) private readonly options: AlertsModuleOptions,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(TEXT_CLASSIFIER_SOURCE) private readonly classifiers: TextClassifierSource,
    private readonly queries: QueryBus,
    private readonly log: SpikeAlertLog,
  ) {}

  /** One look; resolves to the number of alerts raised or ended. A look under way is joined. */
  check(): Promise<number> {
    this.running ??= this.look().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Resolves once the look under way, if any, has finished. */
  async idle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  private async look(): Promise<number> {
    const now = this.clock.now();
    const { state, revision } = await this.log.read();
    const open = activeAlerts(state);
    const observations: SpikeObservation[] = [];
    for (const rule of this.options.rules) {
      for (const value of await this.valuesWatched(rule, open)) {
        const seen = await this.observe(rule, value, now);
        const isOpen = open.some(
          (a) => a.ruleId === rule.id && a.dimension === rule.dimension && a.value === value,
        );
        if (seen.count > seen.limit || isOpen) observations.push(seen);
      }
    }
    const events = decideSpikeCheck(state, {
      at: now.toISOString(),
      ruleIds: this.options.rules.map((rule) => rule.id),
      observations,
    });
    return (await this.log.append(events, revision, AUTO_ACTOR)) ? events.length : 0;
  }

  private async valuesWatched(rule: SpikeRule, open: readonly SpikeAlert[]): Promise<string[]> {
    if (rule.value !== undefined) return [rule.value];
    const known = rule.dimension === 'category' ? CATEGORIES : (await this.classifiers.current()).topics;
    const stillOpen = open.filter((a) => a.ruleId === rule.id).map((a) => a.value);
    return [...new Set([...known, ...stillOpen])];
  }

  private async observe(rule: SpikeRule, value: string, now: Date): Promise<SpikeObservation> {
    const window = rule.windowMinutes * MINUTE;
    // Tickets received up to and including this instant.
    const end = new Date(now.getTime() + 1).toISOString();
    const start = new Date(now.getTime() - window).toISOString();
    const count = await this.count(rule, value, start, end);
    let trailingAverage: number | undefined;
    if (rule.kind === 'trailing_average') {
      const trailingStart = new Date(now.getTime() - window * (rule.trailingWindows + 1)).toISOString();
      trailingAverage = (await this.count(rule, value, trailingStart, start)) / rule.trailingWindows;
    }
    return {
      ruleId: rule.id,
      dimension: rule.dimension,
      value,
      windowStart: start,
      windowEnd: now.toISOString(),
      count,
      limit: spikeLimit(rule, trailingAverage ?? 0),
      ...(trailingAverage !== undefined ? { trailingAverage } : {}),
    };
  }

  private count(rule: SpikeRule, value: string, from: string, to: string): Promise<number> {
    return this.queries.execute(new CountReceivedQuery(rule.dimension, value, from, to));
  }
}
