import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  AUTO_ACTOR,
  decideAlertDelivery,
  deliveriesDue,
  type DeliveryOutcome,
  type SpikeAlert,
} from '@ledger/domain';
import { CLOCK, SpikeAlertLog, type Clock } from '@ledger/feedback';
import { ALERTS_OPTIONS, type AlertsModuleOptions, type AlertWebhookOptions } from './alerts-options';

/** What the webhook receives: the alert as raised, under a key it can deduplicate on. */
export function webhookPayload(alert: SpikeAlert) {
  const { active: _active, ended: _ended, delivery: _delivery, ...raised } = alert;
  return { type: 'SpikeAlertRaised', alertId: `spike-alert-${alert.alertNo}`, ...raised };
}

/**
 * The outbox of spike alerts: the alert stream itself holds what is to be sent, and each attempt's
 * outcome is recorded there as an event, so deliveries survive restarts and their history is
 * audited like everything else. Delivery is at least once: a process that dies between sending and
 * recording sends again, with the same `Idempotency-Key` for the receiver to deduplicate.
 */
@Injectable()
export class AlertWebhook {
  private readonly logger = new Logger('AlertWebhook');
  private running?: Promise<number>;

  constructor(
    @Inject(ALERTS_OPTIONS) private readonly options: AlertsModuleOptions,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly log: SpikeAlertLog,
  ) {}

  /** Attempts every delivery that is due; resolves to the number attempted. A pass under way is joined. */
  flush(): Promise<number> {
    const webhook = this.options.webhook;
    if (!webhook) return Promise.resolve(0);
    this.running ??= this.pass(webhook).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Resolves once the pass under way, if any, has finished. */
  async idle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  private async pass(webhook: AlertWebhookOptions): Promise<number> {
    let { state, revision } = await this.log.read();
    let attempted = 0;
    for (const alert of deliveriesDue(state, this.clock.now().toISOString())) {
      const outcome = await this.send(webhook, alert);
      const event = decideAlertDelivery(alert, outcome, this.clock.now().toISOString(), webhook.retry);
      attempted += 1;
      // Another process recorded first: it is delivering too; leave the rest to the next pass.
      if (!(await this.log.append([event], revision, AUTO_ACTOR))) break;
      ({ state, revision } = await this.log.read());
    }
    return attempted;
  }

  private async send(webhook: AlertWebhookOptions, alert: SpikeAlert): Promise<DeliveryOutcome> {
    try {
      const response = await fetch(webhook.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `spike-alert-${alert.alertNo}` },
        body: JSON.stringify(webhookPayload(alert)),
        signal: AbortSignal.timeout(webhook.timeoutMs),
      });
      await response.arrayBuffer();
      return response.ok
        ? { ok: true, status: response.status }
        : { ok: false, error: `HTTP ${response.status}` };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`spike alert ${alert.alertNo} not delivered: ${message}`);
      return { ok: false, error: message };
    }
  }
}
