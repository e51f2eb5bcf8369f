import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { SpikeAlertLog } from '@ledger/feedback';
import { READ_STORE, type ReadStore } from '@ledger/read-store';
import { PROBLEMS, type ProblemDocument } from '../../views/problems.projection';
import {
  TICKET_TOPICS,
  TICKETS,
  type TicketDocument,
  type TicketTopicDocument,
} from '../../views/ticket-document';
import { ProblemSuggestionsQuery, type ProblemSuggestion } from './problem-queries';

const DAY = 86_400_000;
/** Bounds every read of a suggestion: enough for any cluster a person would look at. */
const MAX_TICKETS = 5000;

type Subject = Pick<ProblemSuggestion, 'dimension' | 'value'>;
const keyOf = ({ dimension, value }: Subject) => `${dimension}:${value}`;

/**
 * Suggests problems to open: repeat complaints of the last days clustered on a category or topic,
 * and the subjects of active spike alerts. Nothing is opened: a supervisor decides.
 */
@QueryHandler(ProblemSuggestionsQuery)
export class ProblemSuggestionsHandler implements IQueryHandler<
  ProblemSuggestionsQuery,
  ProblemSuggestion[]
> {
  constructor(
    @Inject(READ_STORE) private readonly views: ReadStore,
    private readonly alerts: SpikeAlertLog,
  ) {}

  async execute({ now, days, minRepeats }: ProblemSuggestionsQuery): Promise<ProblemSuggestion[]> {
    const since = new Date(Date.parse(now) - days * DAY).toISOString();
    const open = await this.openProblems();
    const suggestions = [
      ...(await this.repeatClusters(since, now, minRepeats)),
      ...(await this.spikes(since, now)),
    ];
    return suggestions
      .map((suggestion) => {
        const covering = open.get(keyOf(suggestion));
        return covering ? { ...suggestion, openProblemId: covering } : suggestion;
      })
      .sort((a, b) => b.feedbackIds.length - a.feedbackIds.length || keyOf(a).localeCompare(keyOf(b)));
  }

  private async repeatClusters(since: string, now: string, minRepeats: number): Promise<ProblemSuggestion[]> {
    const { items } = await this.views.query<TicketDocument>(TICKETS, {
      filter: { receivedAt: { gte: since, lte: now }, repeatOf: { gte: '' } },
      limit: MAX_TICKETS,
    });
    const clusters = new Map<string, { subject: Subject; tickets: Set<string>; repeats: number }>();
    for (const ticket of items) {
      const subjects: Subject[] = [
        ...(ticket.category ? [{ dimension: 'category' as const, value: ticket.category }] : []),
        ...ticket.topics.map((topic) => ({ dimension: 'topic' as const, value: topic })),
      ];
      for (const subject of subjects) {
        const cluster = clusters.get(keyOf(subject)) ?? { subject, tickets: new Set<string>(), repeats: 0 };
        cluster.repeats += 1;
        cluster.tickets.add(ticket.id);
        if (ticket.repeatOf) cluster.tickets.add(ticket.repeatOf);
        clusters.set(keyOf(subject), cluster);
      }
    }
    return [...clusters.values()]
      .filter((cluster) => cluster.repeats >= minRepeats)
      .map(({ subject, tickets, repeats }) => ({
        origin: 'repeat_cluster' as const,
        ...subject,
        title: `Repeated complaints on ${subject.value}`,
        feedbackIds: [...tickets].sort(),
        repeats,
      }));
  }

  private async spikes(since: string, now: string): Promise<ProblemSuggestion[]> {
    const { state } = await this.alerts.read();
    const active = state.alerts.filter((alert) => alert.active);
    const suggestions: ProblemSuggestion[] = [];
    for (const alert of active) {
      const dimension = alert.dimension === 'topic' ? 'topic' : 'category';
      const receivedAt = { gte: alert.windowStart < since ? since : alert.windowStart, lte: now };
      const ids =
        dimension === 'topic'
          ? (
              await this.views.query<TicketTopicDocument>(TICKET_TOPICS, {
                filter: { topic: alert.value, receivedAt },
                limit: MAX_TICKETS,
              })
            ).items.map((item) => item.id.slice(0, item.id.lastIndexOf('/')))
          : (
              await this.views.query<TicketDocument>(TICKETS, {
                filter: { category: alert.value, receivedAt },
                limit: MAX_TICKETS,
              })
            ).items.map((item) => item.id);
      suggestions.push({
        origin: 'spike',
        dimension,
        value: alert.value,
        title: `Spike of feedback on ${alert.value}`,
        feedbackIds: [...new Set(ids)].sort(),
        repeats: 0,
      });
    }
    return suggestions.filter((suggestion) => suggestion.feedbackIds.length > 0);
  }

  /** Open problems by the subjects they are about. */
  private async openProblems(): Promise<Map<string, string>> {
    const { items } = await this.views.query<ProblemDocument>(PROBLEMS, {
      filter: { status: { in: ['open', 'analysed', 'acting', 'evaluating'] } },
      limit: MAX_TICKETS,
    });
    const subjects = new Map<string, string>();
    for (const problem of items) {
      for (const topic of problem.topics)
        subjects.set(keyOf({ dimension: 'topic', value: topic }), problem.id);
      if (problem.category)
        subjects.set(keyOf({ dimension: 'category', value: problem.category }), problem.id);
    }
    return subjects;
  }
}
