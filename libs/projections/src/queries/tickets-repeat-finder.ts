import { customerKey, type RepeatOf, type Ticket } from '@ledger/domain';
import type { RepeatComplaintFinder } from '@ledger/feedback';
import type { ReadStore } from '@ledger/read-store';
import { TICKETS, type TicketDocument } from '../views/ticket-document';
import { waitForCheckpoint } from '../wait-for-checkpoint';
import { VIEWS_PROJECTOR } from './view-freshness';

const DAY = 86_400_000;

/**
 * Looks for the complaint's customer's tickets received within the window before it: the latest
 * one in the same category wins, else the latest sharing a topic. It first waits (bounded) for the
 * views to include the ticket's own last event, so a ticket received just before is not missed
 * because the projector had not reached it yet.
 */
export class TicketsRepeatFinder implements RepeatComplaintFinder {
  constructor(
    private readonly views: ReadStore,
    private readonly windowDays: number,
    private readonly waitMs: number,
  ) {}

  async findEarlier(
    ticket: Ticket,
    classification: { category: string; topics: readonly string[] },
    asOf: bigint,
  ): Promise<RepeatOf | undefined> {
    const key = customerKey(ticket.customer);
    if (!key) return undefined;
    await waitForCheckpoint(this.views, VIEWS_PROJECTOR, asOf, this.waitMs);
    const receivedAt = new Date(ticket.receivedAt).toISOString();
    const since = new Date(Date.parse(receivedAt) - this.windowDays * DAY).toISOString();
    const window = { customerKey: key, receivedAt: { gte: since, lte: receivedAt } };
    const latestFirst = [{ field: 'receivedAt', direction: 'desc' as const }];
    const sameCategory = (
      await this.views.query<TicketDocument>(TICKETS, {
        filter: { ...window, category: classification.category },
        sort: latestFirst,
        limit: 2,
      })
    ).items.find((t) => t.id !== ticket.id);
    if (sameCategory)
      return { feedbackId: sameCategory.id, ticketNo: sameCategory.ticketNo, matchedOn: 'category' };
    if (classification.topics.length === 0) return undefined;
    const { items } = await this.views.query<TicketDocument>(TICKETS, {
      filter: window,
      sort: latestFirst,
      limit: 500,
    });
    const sharedTopic = items.find(
      (t) => t.id !== ticket.id && t.topics.some((topic) => classification.topics.includes(topic)),
    );
    return sharedTopic && { feedbackId: sharedTopic.id, ticketNo: sharedTopic.ticketNo, matchedOn: 'topic' };
  }
}
