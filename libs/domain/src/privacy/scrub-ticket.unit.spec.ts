import type { FeedbackEvent } from '../feedback/feedback-events';
import { command, history, receive, SAMPLES, stateOf } from '../testing/given-when-then';
import { ERASED, PERSONAL_FIELDS } from './personal-data';
import { scrubTicket } from './scrub-ticket';

/** The events as they read once the customer's key is deleted: every personal field present is erased. */
function asErased(events: readonly FeedbackEvent[]): FeedbackEvent[] {
  return events.map((event) => {
    const data = structuredClone(event.data) as Record<string, unknown>;
    for (const path of PERSONAL_FIELDS[event.type] ?? []) {
      const [head, field] = path.split('.') as [string, string | undefined];
      const holder = (field ? data[head] : data) as Record<string, unknown> | undefined;
      const name = field ?? head;
      if (holder && typeof holder[name] === 'string') holder[name] = ERASED;
    }
    return { ...event, data } as FeedbackEvent;
  });
}

const customer = {
  id: 'C-7',
  name: '張先生',
  phone: '13812345678',
  email: 'zhang@example.com',
  segment: 'vip' as const,
};

const lives = {
  'a dissatisfied and reopened ticket': history(
    receive({ ...SAMPLES.phone, customer }),
    command('Classify', { category: 'complaint', priority: 'P2' }),
    command('Assign', { department: 'customer_service' }),
    command('Acknowledge', {}),
    command('Resolve', { solution: 'apologised and called back', kind: 'fix' }),
    command('RecordSatisfaction', { rating: 'dissatisfied', comment: '張先生 says: still no call' }),
  ),
  'a ticket that waited for information': history(
    receive({ ...SAMPLES.app, customer: { phone: '+86 139-0000-1111' } }),
    command('RequestInformation', { question: 'which phone model?' }),
    command('ProvideInformation', { information: 'my own Mate 60, number 13900001111' }),
  ),
  'a ticket rated satisfied without a comment': history(
    receive({ ...SAMPLES.web, customer: { email: 'li@example.com' } }),
    command('Classify', { category: 'suggestion', priority: 'P4' }),
    command('Assign', { department: 'product' }),
    command('Acknowledge', {}),
    command('Resolve', { solution: 'on the roadmap', kind: 'information' }),
    command('RecordSatisfaction', { rating: 'satisfied', score: 5 }),
  ),
};

describe('scrubbing a ticket of its personal data', () => {
  it.each(Object.entries(lives))('gives %s exactly as a replay of its erased events does', (_, events) => {
    expect(scrubTicket(stateOf(events)!)).toEqual(stateOf(asErased(events)));
  });

  it('erases the contact details and the customer’s words, and keeps everything else', () => {
    const ticket = stateOf(lives['a dissatisfied and reopened ticket'])!;
    const scrubbed = scrubTicket(ticket);
    expect(scrubbed.customer).toEqual({
      id: 'C-7',
      name: ERASED,
      phone: ERASED,
      email: ERASED,
      segment: 'vip',
    });
    expect([scrubbed.content, scrubbed.summary, scrubbed.satisfaction?.comment]).toEqual([
      ERASED,
      ERASED,
      ERASED,
    ]);
    expect(JSON.stringify(scrubbed)).not.toMatch(/張先生|13812345678|zhang@example/);
    const { customer: _c, content: _t, summary: _s, satisfaction: _r, ...rest } = scrubbed;
    const { customer: _c2, content: _t2, summary: _s2, satisfaction: _r2, ...restBefore } = ticket;
    expect(rest).toEqual(restBefore);
    expect(scrubbed.satisfaction?.rating).toBe('dissatisfied');
  });

  it('adds no field the ticket did not have', () => {
    const ticket = stateOf(lives['a ticket rated satisfied without a comment'])!;
    expect(scrubTicket(ticket).customer).toEqual({ email: ERASED });
    expect(scrubTicket(ticket).satisfaction).not.toHaveProperty('comment');
  });
});
