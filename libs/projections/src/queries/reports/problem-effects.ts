import { Inject, Injectable } from '@nestjs/common';
import {
  dayOfIso,
  effectChange,
  effectSentence,
  effectSubject,
  effectWindows,
  instantOfLocal,
  type EffectChange,
  type EffectWindows,
  type FeedbackCount,
} from '@ledger/domain';
import { FEEDBACK_COUNTS, type FeedbackCounts } from '@ledger/feedback';
import { READ_STORE, type ReadStore } from '@ledger/read-store';
import { PROJECTIONS_OPTIONS, type ProjectionsModuleOptions } from '../../projections-options';
import { PROBLEMS, type ProblemDocument } from '../../views/problems.projection';

/** A problem's effect check as a report shows it. */
export interface ProblemEffectLine {
  readonly problemId: string;
  readonly title: string;
  readonly status: string;
  readonly windows: EffectWindows;
  readonly before: FeedbackCount;
  readonly after: FeedbackCount;
  readonly change: EffectChange;
  readonly sentence: string;
}

/** More than a report would show; the newest completions first. */
const MAX_PROBLEMS = 50;

/**
 * The effect checks a period's report states: of every problem whose corrective actions were
 * completed by the end of the period, measured as it stood then (or now, if earlier), when a
 * day or more has passed since.
 */
@Injectable()
export class ProblemEffects {
  constructor(
    @Inject(READ_STORE) private readonly views: ReadStore,
    @Inject(FEEDBACK_COUNTS) private readonly counts: FeedbackCounts,
    @Inject(PROJECTIONS_OPTIONS) private readonly options: ProjectionsModuleOptions,
  ) {}

  async asOfEndOf(lastDay: string, now: Date): Promise<ProblemEffectLine[]> {
    const periodEnd = instantOfLocal(this.options.timeZone, dayOfIso(lastDay) + 1, 0);
    const asOf = new Date(Math.min(periodEnd, now.getTime())).toISOString();
    const { items } = await this.views.query<ProblemDocument>(PROBLEMS, {
      filter: { lastActionCompletedAt: { lt: asOf } },
      sort: [{ field: 'lastActionCompletedAt', direction: 'desc' }],
      limit: MAX_PROBLEMS,
    });
    const lines: ProblemEffectLine[] = [];
    for (const { problem } of items) {
      const windows = effectWindows(problem, asOf);
      if ('reason' in windows) continue;
      const before = await this.counts.count(problem, windows.before);
      const after = await this.counts.count(problem, windows.after);
      lines.push({
        problemId: problem.id,
        title: problem.title,
        status: problem.status,
        windows,
        before,
        after,
        change: effectChange(before, after),
        sentence: effectSentence(effectSubject(problem), before, after, windows.windowDays),
      });
    }
    return lines;
  }
}
