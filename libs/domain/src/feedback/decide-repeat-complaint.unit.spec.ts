import { NOW, SAMPLES, command, given, history, receive } from '../testing/given-when-then';

const earlier = {
  feedbackId: 'f0000000-0000-4000-8000-000000000099',
  ticketNo: 'CRM202309200007',
  matchedOn: 'category',
} as const;
const received = history(receive(SAMPLES.phone));
const complaint = { category: 'complaint', priority: 'P2', severity: 'general' } as const;

describe('Classify a repeat complaint', () => {
  it('links the complaint to the earlier ticket the handler found, in the same decision', () => {
    const ticket = given(...received)
      .when(command('Classify', { ...complaint, repeatOf: earlier }))
      .then(
        {
          type: 'FeedbackClassified',
          data: { ...complaint, topics: [], by: 'agent-wang', reason: undefined, classifiedAt: NOW },
        },
        { type: 'RepeatComplaintLinked', data: { ...earlier, by: 'agent-wang', linkedAt: NOW } },
      );
    expect(ticket.repeatOf).toEqual(earlier);
  });

  it('links only once, however often the complaint is reclassified', () => {
    const linked = history(receive(SAMPLES.phone), command('Classify', { ...complaint, repeatOf: earlier }));
    const other = {
      ...earlier,
      feedbackId: 'f0000000-0000-4000-8000-000000000098',
      matchedOn: 'topic' as const,
    };
    const ticket = given(...linked)
      .when(command('Classify', { ...complaint, priority: 'P1', repeatOf: other }))
      .then({
        type: 'FeedbackClassified',
        data: {
          ...complaint,
          priority: 'P1',
          topics: [],
          by: 'agent-wang',
          reason: undefined,
          classifiedAt: NOW,
        },
      });
    expect(ticket.repeatOf).toEqual(earlier);
  });

  it('does not link feedback that is no complaint, or a ticket to itself', () => {
    given(...received)
      .when(command('Classify', { category: 'suggestion', priority: 'P4', repeatOf: earlier }))
      .then({
        type: 'FeedbackClassified',
        data: {
          category: 'suggestion',
          priority: 'P4',
          topics: [],
          by: 'agent-wang',
          reason: undefined,
          classifiedAt: NOW,
        },
      });
    const itself = { ...earlier, feedbackId: SAMPLES.phone.feedbackId };
    const ticket = given(...received)
      .when(command('Classify', { ...complaint, repeatOf: itself }))
      .then({
        type: 'FeedbackClassified',
        data: { ...complaint, topics: [], by: 'agent-wang', reason: undefined, classifiedAt: NOW },
      });
    expect(ticket.repeatOf).toBeUndefined();
  });
});
