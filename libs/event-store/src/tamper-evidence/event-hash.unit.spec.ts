import { chainEvent, eventHash, EVENT_HASH, PREVIOUS_HASH } from './event-hash';

const event = {
  id: '1b4e28ba-2fa1-4d2b-883f-0016d3cca427',
  type: 'FeedbackReceived',
  data: { content: '登录卡顿', channel: 'app' },
  metadata: { actor: 'web-form', [PREVIOUS_HASH]: null },
};

describe('eventHash', () => {
  it('is the same for the same event in another key order, and ignores the stored hash', () => {
    const reordered = {
      metadata: { [PREVIOUS_HASH]: null, actor: 'web-form', [EVENT_HASH]: 'whatever' },
      data: { channel: 'app', content: '登录卡顿' },
      type: 'FeedbackReceived',
      id: event.id,
    };
    expect(eventHash('feedback-1', 0, reordered)).toBe(eventHash('feedback-1', 0, event));
    expect(eventHash('feedback-1', 0, event)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with the place, the type, the data and the metadata', () => {
    const base = eventHash('feedback-1', 0, event);
    const variants = [
      eventHash('feedback-2', 0, event),
      eventHash('feedback-1', 1, event),
      eventHash('feedback-1', 0, { ...event, type: 'FeedbackClassified' }),
      eventHash('feedback-1', 0, { ...event, data: { ...event.data, content: '登录卡頓' } }),
      eventHash('feedback-1', 0, { ...event, metadata: { ...event.metadata, [PREVIOUS_HASH]: 'ab' } }),
    ];
    for (const variant of variants) expect(variant).not.toBe(base);
  });
});

describe('chainEvent', () => {
  it('records the previous hash and the hash over the event with it', () => {
    const chained = chainEvent('feedback-1', 3, { ...event, metadata: { actor: 'web-form' } }, 'cafe');
    expect(chained.metadata[PREVIOUS_HASH]).toBe('cafe');
    expect(chained.metadata[EVENT_HASH]).toBe(eventHash('feedback-1', 3, chained));
    expect(chained.data).toBe(event.data);
  });
});
