import type { FeedbackCount } from '@ledger/domain';
import type { FeedbackCounts, ProblemMatch } from '@ledger/feedback';
import type { ReadStore } from '@ledger/read-store';
import { TICKET_TOPICS, TICKETS, type TicketTopicDocument } from '../../views/ticket-document';

const PAGE = 1000;

/**
 * The effect check's counts from the views: tickets received in the window on any of the
 * problem's topics (each ticket once), else of its category, and all tickets received then. Every
 * count runs on an index: (topic, receivedAt), (category, receivedAt), (open, receivedAt).
 */
export class ViewsFeedbackCounts implements FeedbackCounts {
  constructor(private readonly views: ReadStore) {}

  async count(match: ProblemMatch, window: { from: string; to: string }): Promise<FeedbackCount> {
    const receivedAt = { gte: window.from, lt: window.to };
    const [open, closed] = await Promise.all([
      this.views.count(TICKETS, { open: true, receivedAt }),
      this.views.count(TICKETS, { open: false, receivedAt }),
    ]);
    return { count: await this.matching(match, receivedAt), total: open + closed };
  }

  private async matching(match: ProblemMatch, receivedAt: { gte: string; lt: string }): Promise<number> {
    if (match.topics.length === 0) {
      return match.category ? this.views.count(TICKETS, { category: match.category, receivedAt }) : 0;
    }
    if (match.topics.length === 1)
      return this.views.count(TICKET_TOPICS, { topic: match.topics[0], receivedAt });
    const tickets = new Set<string>();
    let after: string | undefined;
    do {
      const page = await this.views.query<TicketTopicDocument>(TICKET_TOPICS, {
        filter: { topic: { in: [...match.topics] }, receivedAt },
        limit: PAGE,
        ...(after ? { after } : {}),
      });
      for (const item of page.items) tickets.add(item.id.slice(0, item.id.lastIndexOf('/')));
      after = page.next;
    } while (after);
    return tickets.size;
  }
}
