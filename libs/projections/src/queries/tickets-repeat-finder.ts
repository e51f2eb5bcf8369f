import type { RepeatOf, Ticket } from '@ledger/domain';
import type { RepeatComplaintFinder } from '@ledger/feedback';
import type { ReadStore } from '@ledger/read-store';
import { customerKey } from '@ledger/domain';
import { TICKETS, type TicketDocument } from '../views/ticket-document';

const DAY = 86_400_000;

/**
 * Looks for the complaint's customer's tickets received within the window before it: the latest
 * one in the same category wins, else the latest sharing a topic.
 */
export class TicketsRepeatFinder implements RepeatComplaintFinder {
  constructor(
    private readonly views: ReadStore,
    private readonly windowDays: number,
  ) {}

  async findEarlier(
    ticket: Ticket,
    classification: { category: string; topics: readonly string[] },
  ): Promise<RepeatOf | undefined> {
    const key = customerKey(ticket.customer);
    if (!key) return undefined;
    const since = new Date(Date.parse(ticket.receivedAt) - this.windowDays * DAY).toISOString();
    const { items } = await this.views.query<TicketDocument>(TICKETS, {
      filter: { customerKey: key, receivedAt: { gte: since, lte: ticket.receivedAt } },
      sort: [{ field: 'receivedAt', direction: 'desc' }],
      limit: 200,
    });
    const earlier = items.filter((t) => t.id !== ticket.id);
    const sameCategory = earlier.find((t) => t.category === classification.category);
    if (sameCategory)
      return { feedbackId: sameCategory.id, ticketNo: sameCategory.ticketNo, matchedOn: 'category' };
    const sharedTopic = earlier.find((t) => t.topics.some((topic) => classification.topics.includes(topic)));
    return sharedTopic && { feedbackId: sharedTopic.id, ticketNo: sharedTopic.ticketNo, matchedOn: 'topic' };
  }
}
