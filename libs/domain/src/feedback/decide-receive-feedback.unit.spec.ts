import { decideFeedback } from './decide-feedback';
import type { FeedbackEvent } from './feedback-events';
import {
  NOW,
  SAMPLES,
  SAMPLE_COMMANDS,
  TICKET_COMMAND_TYPES,
  at,
  given,
  history,
  receive,
  stateOf,
} from '../testing/given-when-then';

const received = (data: Partial<Extract<FeedbackEvent, { type: 'FeedbackReceived' }>['data']>) => ({
  type: 'FeedbackReceived' as const,
  data: {
    feedbackId: SAMPLES.app.feedbackId,
    ticketNo: SAMPLES.app.ticketNo,
    channel: 'app' as const,
    receivedAt: NOW,
    recordedAt: NOW,
    customer: {},
    content: SAMPLES.app.content,
    summary: SAMPLES.app.content,
    tags: [],
    attachments: [],
    ...data,
  },
});

describe('ReceiveFeedback', () => {
  it('records the APP sample with defaults: received now, no customer, no tags, summary from content', () => {
    const ticket = given().when(receive(SAMPLES.app)).then(received({}));
    expect(ticket).toEqual({
      id: SAMPLES.app.feedbackId,
      ticketNo: 'CRM202310010001',
      status: 'received',
      channel: 'app',
      receivedAt: NOW,
      customer: {},
      content: 'APP登錄後頁面加載卡頓',
      summary: 'APP登錄後頁面加載卡頓',
      tags: [],
      attachments: [],
      reopenCount: 0,
      // The SLA clocks start at receipt.
      sla: { cycle: 0, cycleStartedAt: NOW, pauses: [], recorded: [] },
      updatedAt: NOW,
    });
  });

  it('keeps every optional field, and an earlier receivedAt for feedback keyed in later', () => {
    const ticket = given()
      .when(
        receive({
          ...SAMPLES.web,
          channelDetail: 'feedback form on the pricing page',
          receivedAt: at(-24 * 60),
          customer: { id: 'c-42', name: '李女士', email: 'li@example.com', segment: 'vip' },
          summary: '批量導出',
          language: 'zh-TW',
          tags: ['export'],
          attachments: ['s3://bucket/screenshot.png'],
          externalRef: 'WEB-9001',
        }),
      )
      .then(
        received({
          ...SAMPLES.web,
          channel: 'web',
          channelDetail: 'feedback form on the pricing page',
          receivedAt: '2023-09-30T08:00:00.000Z',
          customer: { id: 'c-42', name: '李女士', email: 'li@example.com', segment: 'vip' },
          summary: '批量導出',
          language: 'zh-TW',
          tags: ['export'],
          attachments: ['s3://bucket/screenshot.png'],
          externalRef: 'WEB-9001',
        }),
      );
    expect(ticket).toMatchObject({
      status: 'received',
      receivedAt: '2023-09-30T08:00:00.000Z',
      updatedAt: NOW,
    });
  });

  it('records the phone sample with the customer it names', () => {
    const ticket = given()
      .when(receive(SAMPLES.phone))
      .then(received({ ...SAMPLES.phone, channel: 'phone', summary: '客服未在24小時內回復' }));
    expect(ticket.customer).toEqual({ name: '張先生', phone: '13812345678' });
  });

  it.each([
    ['the same instant', NOW],
    ['the same instant in another offset', '2023-10-01T16:00:00+08:00'],
  ])('accepts receivedAt at %s as now, recorded in UTC', (_, receivedAt) => {
    given()
      .when(receive({ ...SAMPLES.app, receivedAt }))
      .then(received({ receivedAt: NOW }));
  });

  it.each([
    ['one millisecond later', '2023-10-01T08:00:00.001Z'],
    ['one second later in another offset', '2023-10-01T16:00:01+08:00'],
    ['a day later', at(24 * 60)],
  ])('refuses receivedAt %s than now: ReceivedInFuture', (_, receivedAt) => {
    const refusal = given()
      .when(receive({ ...SAMPLES.app, receivedAt }))
      .thenRefused({ rule: 'ReceivedInFuture', kind: 'rule_violated' });
    expect(refusal.message).toContain(receivedAt);
  });

  it.each([[''], [' '], ['\n\t  '], ['\u3000\u3000']])(
    'refuses blank content %j: ContentRequired',
    (content) => {
      given()
        .when(receive({ ...SAMPLES.app, content }))
        .thenRefused({
          rule: 'ContentRequired',
          kind: 'rule_violated',
          message: 'content must not be blank',
        });
    },
  );

  it('refuses content over 10,000 characters: ContentTooLong', () => {
    given()
      .when(receive({ ...SAMPLES.app, content: '卡'.repeat(10_001) }))
      .thenRefused({ rule: 'ContentTooLong', kind: 'rule_violated' });
    expect(decideFeedback(receive({ ...SAMPLES.app, content: '卡'.repeat(10_000) }), undefined).ok).toBe(
      true,
    );
  });

  it('counts content as validation does: a symbol with its variation selector is one character', () => {
    expect(decideFeedback(receive({ ...SAMPLES.app, content: '❤️'.repeat(10_000) }), undefined).ok).toBe(
      true,
    );
  });

  it('refuses a receivedAt before 2000: ReceivedTooEarly', () => {
    given()
      .when(receive({ ...SAMPLES.app, receivedAt: '1900-01-01T00:00:00Z' }))
      .thenRefused({ rule: 'ReceivedTooEarly', kind: 'rule_violated' });
  });

  it('refuses a receivedAt that is not a time: InvalidReceivedAt', () => {
    given()
      .when(receive({ ...SAMPLES.app, receivedAt: 'yesterday' }))
      .thenRefused({ rule: 'InvalidReceivedAt', kind: 'rule_violated' });
  });

  it('refuses a second receipt under the same id: FeedbackAlreadyReceived', () => {
    const refusal = given(...history(receive(SAMPLES.app)))
      .when(receive({ ...SAMPLES.app, content: 'sent again' }))
      .thenRefused({ rule: 'FeedbackAlreadyReceived', kind: 'already_exists' });
    expect(refusal.message).toContain('CRM202310010001');
  });

  it('refuses a second receipt even when its content is blank (the ticket exists first)', () => {
    given(...history(receive(SAMPLES.app)))
      .when(receive({ ...SAMPLES.app, content: '' }))
      .thenRefused('FeedbackAlreadyReceived');
  });
});

describe('ReceiveFeedback with needsInfo', () => {
  const vague = { ...SAMPLES.app, content: '不好用', needsInfo: { question: '請問是哪個功能不好用？' } };

  it('parks the ticket at once: FeedbackReceived then InformationRequested', () => {
    const ticket = given()
      .when(receive(vague))
      .then(received({ content: '不好用', summary: '不好用' }), {
        type: 'InformationRequested',
        data: { question: '請問是哪個功能不好用？', by: 'service-app', requestedAt: NOW },
      });
    expect(ticket.status).toBe('awaiting_info');
    expect(ticket.openQuestion).toEqual({ question: '請問是哪個功能不好用？', resumeStatus: 'received' });
  });

  it('still refuses blank content before asking anything', () => {
    given()
      .when(receive({ ...vague, content: '  ' }))
      .thenRefused('ContentRequired');
  });
});

describe('commands before any feedback was received', () => {
  it.each(TICKET_COMMAND_TYPES)('%s is refused: FeedbackNotFound', (type) => {
    given().when(SAMPLE_COMMANDS[type]).thenRefused({
      rule: 'FeedbackNotFound',
      kind: 'not_found',
      message: 'no feedback was received under this id',
    });
  });

  it('events other than FeedbackReceived leave a missing ticket missing', () => {
    const later = history(receive(SAMPLES.app), SAMPLE_COMMANDS.Classify).slice(1);
    expect(stateOf(later)).toBeUndefined();
  });
});
