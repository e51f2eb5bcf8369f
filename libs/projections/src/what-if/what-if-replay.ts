import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { createBusinessCalendar, parseSlaPolicy, SlaPolicyError, type SlaRules } from '@ledger/domain';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { READ_STORE, SqliteReadStore, type ReadStore } from '@ledger/read-store';
import { applyBatch } from '../apply-batch';
import { timelinessReport } from '../queries/figures/timeliness.handler';
import { ViewFreshness } from '../queries/view-freshness';
import { viewProjections } from '../views/view-projections';
import {
  WhatIfBusyError,
  WhatIfRulesError,
  type WhatIfCriteria,
  type WhatIfProgress,
  type WhatIfResult,
  type WhatIfRules,
} from './what-if';

export const WHAT_IF_OPTIONS = Symbol('WHAT_IF_OPTIONS');

export interface WhatIfOptions {
  readonly timeZone: string;
  /** The rules in force, which a what-if changes. */
  readonly sla: SlaRules;
}

const BATCH = 1000;
/** Progress is told about this often, in events. */
const PROGRESS_EVERY = 10_000;

/**
 * "What would our KPIs have been under another policy?" Replays the log through the views'
 * projections under the changed rules into a scratch SQLite file, never the live views, then reads
 * the same timeliness figures from both. Memory stays bounded: events are read and applied a batch
 * at a time and the replay's documents live on disk; the scratch file is deleted afterwards.
 */
@Injectable()
export class WhatIfReplay {
  private running = false;

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly views: ReadStore,
    @Inject(WHAT_IF_OPTIONS) private readonly options: WhatIfOptions,
    private readonly freshness: ViewFreshness,
  ) {}

  /** The rules in force with the changes applied; throws WhatIfRulesError naming a wrong field. */
  rulesFor(changes: WhatIfRules): SlaRules {
    try {
      const policy = parseSlaPolicy(changes.policy ?? {}, this.options.sla.policy);
      const calendar = createBusinessCalendar({ ...this.options.sla.calendar.config, ...changes.calendar });
      // Refused now rather than halfway through the replay: a calendar must have working time to count.
      calendar.addWorkingTime(new Date(0), 60_000);
      return { policy, calendar };
    } catch (error) {
      if (error instanceof SlaPolicyError) throw new WhatIfRulesError(`policy: ${error.message}`);
      if (error instanceof Error && !(error instanceof TypeError)) {
        throw new WhatIfRulesError(`calendar: ${error.message}`);
      }
      throw error;
    }
  }

  /**
   * Yields progress while it replays, and returns both sides. It starts by waiting for the live
   * views to reach the end of the log as it stands, so both sides count the same events.
   */
  async *run(criteria: WhatIfCriteria, rules: SlaRules): AsyncGenerator<WhatIfProgress, WhatIfResult> {
    if (this.running) throw new WhatIfBusyError();
    this.running = true;
    try {
      return yield* this.replay(criteria, rules);
    } finally {
      this.running = false;
    }
  }

  private async *replay(
    criteria: WhatIfCriteria,
    rules: SlaRules,
  ): AsyncGenerator<WhatIfProgress, WhatIfResult> {
    const head = await this.events.headPosition();
    await this.freshness.require(head);
    const dir = mkdtempSync(join(tmpdir(), 'ledger-what-if-'));
    const scratch = SqliteReadStore.open(join(dir, 'views.sqlite'));
    try {
      const projections = viewProjections(this.options.timeZone, rules);
      await scratch.define(projections.flatMap((projection) => projection.collections));
      let after: bigint | undefined;
      let replayed = 0;
      let told = 0;
      for (;;) {
        const batch = (await this.events.readAll({ after, maxCount: BATCH })).filter(
          (e) => e.position <= head,
        );
        if (batch.length === 0) break;
        await applyBatch(scratch, projections, batch, { projector: 'what-if', continuesFrom: after ?? null });
        after = batch[batch.length - 1].position;
        replayed += batch.length;
        if (replayed - told >= PROGRESS_EVERY) {
          told = replayed;
          yield progressOf(replayed, after, head);
        }
        // Reading and applying settle as microtasks on the embedded store: give HTTP a turn.
        await new Promise((resolve) => setImmediate(resolve));
      }
      yield progressOf(replayed, after ?? 0n, head);
      const targets = (policy: SlaRules['policy']) => ({
        response: policy.response,
        resolution: policy.resolution,
      });
      return {
        actual: {
          ...(await timelinessReport(this.views, criteria)),
          targets: targets(this.options.sla.policy),
        },
        whatIf: { ...(await timelinessReport(scratch, criteria)), targets: targets(rules.policy) },
        position: head.toString(),
        replayedEvents: replayed,
      };
    } finally {
      await scratch.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

const progressOf = (events: number, position: bigint, head: bigint): WhatIfProgress => ({
  events,
  // Positions grow with the log (by one in SQLite, by bytes in EventStoreDB): their share is the share done.
  done: head === 0n ? 1 : Math.round((Number(position) / Number(head)) * 1000) / 1000,
});
