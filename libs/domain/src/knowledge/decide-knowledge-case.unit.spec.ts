import type { Refusal } from '../feedback/feedback-refusal';
import {
  decideKnowledgeCase,
  type KnowledgeCommand,
  type PublishCase,
  type ReviseCase,
  type WithdrawCase,
} from './decide-knowledge-case';
import { evolveKnowledgeCase, type KnowledgeCaseState } from './knowledge-case';
import {
  asKnowledgeEvent,
  knowledgeStreamId,
  type KnowledgeCasePublished,
  type KnowledgeEvent,
} from './knowledge-events';

const CASE_ID = 'c0000000-0000-4000-8000-000000000001';
const NOW = '2023-10-02T08:00:00.000Z';
const LATER = '2023-10-03T08:00:00.000Z';

const stateOf = (events: readonly KnowledgeEvent[]): KnowledgeCaseState =>
  events.reduce<KnowledgeCaseState>(evolveKnowledgeCase, undefined);

/** `given(...events).when(command)` then the events expected, or the refusal. */
const given = (...events: KnowledgeEvent[]) => ({
  when(command: KnowledgeCommand) {
    const state = stateOf(events);
    const decision = decideKnowledgeCase(command, state);
    return {
      then(...expected: KnowledgeEvent[]) {
        expect(decision).toEqual({ ok: true, events: expected });
        return decision.ok ? stateOf([...events, ...decision.events]) : undefined;
      },
      thenRefused(expected: Partial<Refusal>) {
        expect(decision).toMatchObject({ ok: false, refusal: expected });
        expect(decision).not.toHaveProperty('events');
      },
    };
  },
});

const publish = (data: Partial<PublishCase['data']> = {}, by = 'agent-wang'): PublishCase => ({
  type: 'PublishCase',
  data: {
    caseId: CASE_ID,
    title: '登入後頁面載入緩慢',
    symptom: 'APP 登入後首頁轉圈超過十秒',
    cause: '登入時同步拉取全部訂單',
    solution: '升級到 5.2.1，或清除快取後重新登入',
    category: 'function_issue',
    topics: ['performance', 'account'],
    source: {
      kind: 'ticket',
      feedbackId: 'f0000000-0000-4000-8000-000000000001',
      ticketNo: 'CRM202310010001',
    },
    sourceStatus: 'resolved',
    language: 'zh-Hant',
    ...data,
  },
  by,
  at: NOW,
});

const revise = (data: ReviseCase['data'], by = 'supervisor-chen'): ReviseCase => ({
  type: 'ReviseCase',
  data,
  by,
  at: LATER,
});

const withdraw = (reason = '5.3 版已修復，不再適用'): WithdrawCase => ({
  type: 'WithdrawCase',
  data: { reason },
  by: 'supervisor-chen',
  at: LATER,
});

const published: KnowledgeCasePublished = {
  type: 'KnowledgeCasePublished',
  data: {
    caseId: CASE_ID,
    title: '登入後頁面載入緩慢',
    symptom: 'APP 登入後首頁轉圈超過十秒',
    cause: '登入時同步拉取全部訂單',
    solution: '升級到 5.2.1，或清除快取後重新登入',
    category: 'function_issue',
    topics: ['performance', 'account'],
    source: {
      kind: 'ticket',
      feedbackId: 'f0000000-0000-4000-8000-000000000001',
      ticketNo: 'CRM202310010001',
    },
    language: 'zh-Hant',
    by: 'agent-wang',
    publishedAt: NOW,
  },
};

const withdrawn: KnowledgeEvent = {
  type: 'KnowledgeCaseWithdrawn',
  data: { reason: 'obsolete', by: 'supervisor-chen', withdrawnAt: LATER },
};

describe('knowledge events', () => {
  it('live in one stream per case', () => {
    expect(knowledgeStreamId(CASE_ID)).toBe(`knowledge-${CASE_ID}`);
  });

  it('reads the types it knows and leaves the others', () => {
    expect(asKnowledgeEvent(published)).toEqual(published);
    expect(asKnowledgeEvent({ type: 'FeedbackReceived', data: {} })).toBeUndefined();
  });
});

describe('PublishCase', () => {
  it('publishes a case from a resolved ticket', () => {
    const state = given().when(publish()).then(published);
    expect(state).toMatchObject({ id: CASE_ID, status: 'published', revision: 1, updatedAt: NOW });
  });

  it.each(['closed', 'archived'])('publishes from a %s ticket too', (sourceStatus) => {
    given().when(publish({ sourceStatus })).then(published);
  });

  it('publishes from a closed problem, trimming the texts, topics once each, no cause if unknown', () => {
    const state = given()
      .when(
        publish({
          title: '  退款未到賬  ',
          symptom: '退款成功但銀行卡沒收到',
          cause: undefined,
          solution: ' 銀行處理需 3-5 個工作日 ',
          category: 'inquiry',
          topics: ['payment', ' payment', ''],
          source: { kind: 'problem', problemId: 'p-7' },
          sourceStatus: 'closed',
          language: undefined,
        }),
      )
      .then({
        type: 'KnowledgeCasePublished',
        data: {
          caseId: CASE_ID,
          title: '退款未到賬',
          symptom: '退款成功但銀行卡沒收到',
          cause: '',
          solution: '銀行處理需 3-5 個工作日',
          category: 'inquiry',
          topics: ['payment'],
          source: { kind: 'problem', problemId: 'p-7' },
          by: 'agent-wang',
          publishedAt: NOW,
        },
      });
    expect(state).not.toHaveProperty('language');
  });

  it('refuses to publish the same case twice, even once withdrawn', () => {
    given(published)
      .when(publish())
      .thenRefused({ rule: 'KnowledgeCaseAlreadyPublished', kind: 'already_exists' });
    given(published, withdrawn)
      .when(publish())
      .thenRefused({ rule: 'KnowledgeCaseAlreadyPublished', kind: 'already_exists' });
  });

  it.each(['received', 'in_progress', 'reopened', 'pending_customer'])(
    'refuses a ticket that is %s',
    (sourceStatus) => {
      given()
        .when(publish({ sourceStatus }))
        .thenRefused({ rule: 'TicketNotResolved', kind: 'illegal_transition' });
    },
  );

  it.each(['open', 'resolved', 'investigating'])('refuses a problem that is %s', (sourceStatus) => {
    given()
      .when(publish({ source: { kind: 'problem', problemId: 'p-7' }, sourceStatus }))
      .thenRefused({ rule: 'ProblemNotClosed', kind: 'illegal_transition' });
  });

  it.each([
    ['title', 'TitleRequired'],
    ['symptom', 'SymptomRequired'],
    ['solution', 'SolutionRequired'],
  ] as const)('refuses a blank %s', (field, rule) => {
    given()
      .when(publish({ [field]: ' \n\t ' }))
      .thenRefused({ rule, kind: 'rule_violated' });
  });

  it('refuses texts beyond their limits and too many topics', () => {
    given()
      .when(publish({ title: '慢'.repeat(201) }))
      .thenRefused({
        rule: 'TextTooLong',
        kind: 'rule_violated',
        message: 'title must be at most 200 characters',
      });
    given()
      .when(publish({ cause: 'x'.repeat(5001) }))
      .thenRefused({ rule: 'TextTooLong', message: 'cause must be at most 5000 characters' });
    given()
      .when(publish({ topics: Array.from({ length: 11 }, (_, index) => `topic_${index}`) }))
      .thenRefused({ rule: 'TooManyTopics', kind: 'rule_violated' });
  });

  it('checks the source before the content', () => {
    given()
      .when(publish({ title: '', sourceStatus: 'in_progress' }))
      .thenRefused({ rule: 'TicketNotResolved' });
  });

  it('refuses a case without a category, once the source is ready', () => {
    given()
      .when(publish({ category: undefined }))
      .thenRefused({ rule: 'CategoryRequired', kind: 'rule_violated' });
    given()
      .when(publish({ category: undefined, sourceStatus: 'received' }))
      .thenRefused({ rule: 'TicketNotResolved' });
  });
});

describe('ReviseCase', () => {
  it('records only what changed, and the case follows', () => {
    const state = given(published)
      .when(revise({ title: '登入後頁面載入緩慢', solution: ' 升級到 5.2.2 ', topics: ['performance'] }))
      .then({
        type: 'KnowledgeCaseRevised',
        data: { solution: '升級到 5.2.2', topics: ['performance'], by: 'supervisor-chen', revisedAt: LATER },
      });
    expect(state).toMatchObject({
      title: '登入後頁面載入緩慢',
      solution: '升級到 5.2.2',
      topics: ['performance'],
      cause: '登入時同步拉取全部訂單',
      revision: 2,
      updatedAt: LATER,
      publishedAt: NOW,
    });
  });

  it('may clear the cause, but not the title, symptom or solution', () => {
    given(published)
      .when(revise({ cause: ' ' }))
      .then({ type: 'KnowledgeCaseRevised', data: { cause: '', by: 'supervisor-chen', revisedAt: LATER } });
    given(published)
      .when(revise({ symptom: '' }))
      .thenRefused({ rule: 'SymptomRequired', kind: 'rule_violated' });
  });

  it('records nothing when sent again with what the case already says', () => {
    given(published)
      .when(revise({ title: published.data.title, topics: ['performance', 'account'] }))
      .then();
  });

  it('refuses a revision that names no field', () => {
    given(published).when(revise({})).thenRefused({ rule: 'NothingToRevise', kind: 'rule_violated' });
  });

  it('refuses an unknown case', () => {
    given()
      .when(revise({ title: 'x' }))
      .thenRefused({ rule: 'KnowledgeCaseNotFound', kind: 'not_found' });
  });

  it('refuses a withdrawn case', () => {
    given(published, withdrawn)
      .when(revise({ title: 'x' }))
      .thenRefused({ rule: 'ReviseNotAllowedWhenWithdrawn', kind: 'illegal_transition' });
  });
});

describe('WithdrawCase', () => {
  it('withdraws a published case with its reason', () => {
    const state = given(published)
      .when(withdraw())
      .then({
        type: 'KnowledgeCaseWithdrawn',
        data: { reason: '5.3 版已修復，不再適用', by: 'supervisor-chen', withdrawnAt: LATER },
      });
    expect(state).toMatchObject({
      status: 'withdrawn',
      withdrawal: { reason: '5.3 版已修復，不再適用', by: 'supervisor-chen', withdrawnAt: LATER },
      revision: 1,
    });
  });

  it('withdraws a revised case', () => {
    const revised: KnowledgeEvent = {
      type: 'KnowledgeCaseRevised',
      data: { title: 'new', by: 'supervisor-chen', revisedAt: LATER },
    };
    given(published, revised)
      .when(withdraw('obsolete'))
      .then({
        type: 'KnowledgeCaseWithdrawn',
        data: { reason: 'obsolete', by: 'supervisor-chen', withdrawnAt: LATER },
      });
  });

  it('refuses an unknown case, a withdrawn one, and no reason', () => {
    given().when(withdraw()).thenRefused({ rule: 'KnowledgeCaseNotFound', kind: 'not_found' });
    given(published, withdrawn)
      .when(withdraw())
      .thenRefused({ rule: 'WithdrawNotAllowedWhenWithdrawn', kind: 'illegal_transition' });
    given(published)
      .when(withdraw('  '))
      .thenRefused({ rule: 'WithdrawReasonRequired', kind: 'rule_violated' });
  });
});

describe('evolveKnowledgeCase', () => {
  it('ignores a revision or withdrawal of no case', () => {
    expect(stateOf([withdrawn])).toBeUndefined();
    expect(
      stateOf([{ type: 'KnowledgeCaseRevised', data: { title: 'x', by: 'a', revisedAt: LATER } }]),
    ).toBeUndefined();
  });
});
