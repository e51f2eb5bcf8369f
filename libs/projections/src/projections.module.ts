import {
  Inject,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { CountReceivedHandler } from './queries/count-received.handler';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { AGENT_LOADS, FEEDBACK_COUNTS, REPEAT_COMPLAINT_FINDER } from '@ledger/feedback';
import { READ_STORE, type ReadStore } from '@ledger/read-store';
import { TicketsAgentLoads } from './queries/tickets-agent-loads';
import { TicketsRepeatFinder } from './queries/tickets-repeat-finder';
import { ViewsFeedbackCounts } from './queries/problems/views-feedback-counts';
import { ListProblemsHandler, ProblemActionsDueHandler } from './queries/problems/list-problems.handler';
import { ProblemSuggestionsHandler } from './queries/problems/problem-suggestions.handler';
import { ProblemEffects } from './queries/reports/problem-effects';
import { Projector } from './projector';
import { PROJECTIONS_OPTIONS, type ProjectionsModuleOptions } from './projections-options';
import { ListTicketsHandler } from './queries/list-tickets.handler';
import { VIEWS_PROJECTOR, ViewFreshness } from './queries/view-freshness';
import { viewProjections } from './views/view-projections';
import { OverviewHandler } from './queries/figures/overview.handler';
import { PeriodReportHandler } from './queries/reports/period-report.handler';
import { RepeatComplaintsHandler } from './queries/figures/repeat-complaints.handler';
import { SatisfactionHandler } from './queries/figures/satisfaction.handler';
import { TimelinessHandler } from './queries/figures/timeliness.handler';
import { SlaChecksDueHandler } from './queries/sla-checks-due.handler';
import { WHAT_IF_OPTIONS, WhatIfReplay } from './what-if/what-if-replay';
import { SearchKnowledgeHandler } from './queries/knowledge/search-knowledge.handler';
import { GetKnowledgeCaseHandler } from './queries/knowledge/get-knowledge-case.handler';
import { SuggestedCasesHandler } from './queries/knowledge/suggested-cases.handler';

export const PROJECTOR = Symbol('PROJECTOR');

/** The views of the log: their projector, and the queries that read them. */
@Module({})
export class ProjectionsModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(PROJECTOR) private readonly projector: Projector,
    @Inject(PROJECTIONS_OPTIONS) private readonly options: ProjectionsModuleOptions,
  ) {}

  static forRoot(options: ProjectionsModuleOptions): DynamicModule {
    const logger = new Logger('Projector');
    return {
      module: ProjectionsModule,
      // Global so that the feedback handlers can find repeats and workloads in the views without importing them.
      global: true,
      providers: [
        {
          provide: REPEAT_COMPLAINT_FINDER,
          inject: [READ_STORE],
          useFactory: (views: ReadStore) =>
            new TicketsRepeatFinder(views, options.repeatWindowDays, options.freshnessTimeoutMs),
        },
        {
          provide: AGENT_LOADS,
          inject: [READ_STORE],
          useFactory: (views: ReadStore) => new TicketsAgentLoads(views, options.freshnessTimeoutMs),
        },
        {
          provide: FEEDBACK_COUNTS,
          inject: [READ_STORE],
          useFactory: (views: ReadStore) => new ViewsFeedbackCounts(views),
        },
        { provide: PROJECTIONS_OPTIONS, useValue: options },
        {
          provide: PROJECTOR,
          inject: [EVENT_STORE, READ_STORE],
          useFactory: (events: EventStore, views: ReadStore) =>
            new Projector(events, views, viewProjections(options.timeZone, options.sla), {
              name: VIEWS_PROJECTOR,
              onError: (error) =>
                logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error)),
            }),
        },
        {
          provide: ViewFreshness,
          inject: [READ_STORE],
          useFactory: (views: ReadStore) => new ViewFreshness(views, options.freshnessTimeoutMs),
        },
        ListTicketsHandler,
        TimelinessHandler,
        RepeatComplaintsHandler,
        SatisfactionHandler,
        OverviewHandler,
        PeriodReportHandler,
        SlaChecksDueHandler,
        CountReceivedHandler,
        ListProblemsHandler,
        ProblemActionsDueHandler,
        ProblemSuggestionsHandler,
        ProblemEffects,
        SearchKnowledgeHandler,
        GetKnowledgeCaseHandler,
        SuggestedCasesHandler,
        { provide: WHAT_IF_OPTIONS, useValue: { timeZone: options.timeZone, sla: options.sla } },
        WhatIfReplay,
      ],
      exports: [
        PROJECTOR,
        ViewFreshness,
        REPEAT_COMPLAINT_FINDER,
        AGENT_LOADS,
        FEEDBACK_COUNTS,
        WhatIfReplay,
      ],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    // A process that leaves projecting to another still reads the views.
    if (this.options.runProjector) await this.projector.start();
    else await this.projector.define();
  }

  /** Before the stores close: the batch under way commits with its checkpoint, then the projector stops. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.projector.stop();
  }
}
