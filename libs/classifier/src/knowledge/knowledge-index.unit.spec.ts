import type { Category } from '@ledger/domain';
import {
  caseTermsOf,
  documentFrequencies,
  inverseDocumentFrequency,
  rankCases,
  scoreCase,
  suggestCases,
  type CaseTerms,
  type CaseText,
  type SuggestableCase,
} from './knowledge-index';

type Sample = CaseText & { readonly category: Category };

/** A small knowledge base in both scripts and English, as agents would write it. */
const SAMPLES: Readonly<Record<string, Sample>> = {
  'k-login-slow': {
    title: '登入後頁面載入緩慢',
    symptom: 'APP 登入後首頁轉圈超過十秒，畫面卡頓',
    cause: '登入時同步拉取全部訂單',
    solution: '清除快取後重新登入，或升級到 5.2.1',
    category: 'function_issue',
    topics: ['performance', 'account'],
  },
  'k-software-account': {
    title: '軟體更新後帳號無法登入',
    symptom: '升級到 5.3 版後輸入正確密碼仍提示帳號不存在',
    cause: '更新遷移漏掉了舊帳號',
    solution: '後台補遷移帳號資料',
    category: 'function_issue',
    topics: ['account', 'digital_service'],
  },
  'k-account-locked': {
    title: '账号被锁定无法登录',
    symptom: '连续输错密码五次后账号被锁',
    cause: '安全策略',
    solution: '通过短信验证码解锁账号',
    category: 'inquiry',
    topics: ['account'],
  },
  'k-refund': {
    title: 'Refund not received after cancellation',
    symptom: 'The customer cancelled an order but the refund has not arrived',
    cause: 'Bank processing takes 3-5 working days',
    solution: 'Explain the timeline; escalate after 7 days',
    category: 'complaint',
    topics: ['payment'],
  },
  'k-invoice': {
    title: '电子发票开具失败',
    symptom: '下单后申请电子发票，系统提示失败',
    cause: '税号格式错误',
    solution: '核对税号后重新申请',
    category: 'function_issue',
    topics: ['payment'],
  },
  'k-delivery': {
    title: '快递延误',
    symptom: '订单显示已发货但五天未更新物流',
    cause: '快递公司中转站积压',
    solution: '联系快递公司催件并补偿优惠券',
    category: 'complaint',
    topics: ['logistics'],
  },
  'k-app-crash': {
    title: 'App crashes on login (iOS 17)',
    symptom: 'iPhone 用户登录后闪退',
    cause: 'SDK incompatible with iOS 17',
    solution: 'Update the app to 5.3',
    category: 'function_issue',
    topics: ['digital_service'],
  },
};

const CASES: SuggestableCase[] = Object.entries(SAMPLES).map(([id, sample]) => ({
  id,
  category: sample.category,
  topics: sample.topics,
  terms: caseTermsOf(sample),
}));

const ids = (query: string, options?: Parameters<typeof rankCases>[2]) =>
  rankCases(query, CASES, options).map((ranked) => ranked.id);

describe('rankCases', () => {
  it('finds a case written in Traditional Chinese from a Simplified query', () => {
    expect(ids('登录 卡顿')[0]).toBe('k-login-slow');
    expect(ids('页面加载慢')).toEqual(['k-login-slow']);
    expect(ids('软件 账号')[0]).toBe('k-software-account');
    const [best] = rankCases('软件 账号', CASES);
    expect(best.matched).toEqual(['软件', '账号']);
    expect(best.score).toBe(1);
  });

  it('finds a case written in Simplified Chinese from a Traditional query', () => {
    const [locked, other] = rankCases('帳號鎖定', CASES);
    expect(locked).toMatchObject({ id: 'k-account-locked', score: 1, matched: ['账号', '锁定'] });
    // The case that shares only 账号 comes a long way behind.
    expect(other).toMatchObject({ id: 'k-software-account', matched: ['账号'] });
    expect(other.score).toBeLessThan(0.5);
    expect(ids('快遞延誤')).toEqual(['k-delivery']);
    expect(ids('電子發票')).toEqual(['k-invoice']);
  });

  it('finds an English case from an inflected query', () => {
    expect(ids('refunds')).toEqual(['k-refund']);
    expect(rankCases('refunds', CASES)[0].matched).toEqual(['refund']);
    expect(ids('crashing')).toEqual(['k-app-crash']);
    expect(ids('cancelling orders')).toEqual(['k-refund']);
  });

  it('finds a case from a query mixing Chinese and English', () => {
    const [crash, ...others] = rankCases('iPhone 登錄 crash', CASES, { minScore: 0 });
    expect(crash).toMatchObject({ id: 'k-app-crash', matched: ['iphon', '登录', 'crash'] });
    expect(crash.score).toBeGreaterThan(0.75);
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(crash.score).toBeGreaterThan(4 * other.score);
    expect(ids('App 閃退')[0]).toBe('k-app-crash');
  });

  it('leaves out cases with nothing, or too little, in common', () => {
    expect(ids('weather forecast')).toEqual([]);
    expect(ids('退款')).toEqual([]); // the refund case is written in English only
    expect(ids('')).toEqual([]);
    expect(ids('发票')).toEqual(['k-invoice']);
    // Sharing only 登录 with the query, the other login cases score below the threshold.
    const loose = rankCases('iPhone 登录 crash', CASES, { minScore: 0 });
    expect(loose.map((ranked) => ranked.id)).toEqual(
      expect.arrayContaining(['k-app-crash', 'k-login-slow', 'k-account-locked', 'k-software-account']),
    );
    expect(loose.slice(1).every((ranked) => ranked.score > 0 && ranked.score < 0.2)).toBe(true);
    expect(ids('iPhone 登录 crash')).toEqual(['k-app-crash']);
  });

  it('ranks title matches first, equal scores by id, and keeps to the limit', () => {
    const ranked = rankCases('登录', CASES);
    expect(ranked.map((entry) => entry.id)).toEqual([
      'k-account-locked',
      'k-login-slow',
      'k-software-account',
      'k-app-crash',
    ]);
    expect(ranked.map((entry) => entry.score)).toEqual([1, 1, 1, 2 / 3]);
    expect(ids('登录', { limit: 2 })).toEqual(['k-account-locked', 'k-login-slow']);
    expect(ids('登录', { minScore: 0.9 })).toHaveLength(3);
  });

  it('ranks by how much of the query a case holds, and where', () => {
    const ranked = rankCases('账号 登录 密码', CASES, { minScore: 0 });
    // Both hold all three terms, in the same fields (账号 and 登录 in the title, 密码 in the symptom).
    expect(ranked.slice(0, 2).map((entry) => entry.id)).toEqual(['k-account-locked', 'k-software-account']);
    expect(ranked[0].score).toBe(ranked[1].score);
    // The others hold 登录 alone, and the case with it in its title comes before the one with it in its symptom.
    expect(ranked.slice(2).map((entry) => entry.id)).toEqual(['k-login-slow', 'k-app-crash']);
    expect(ranked[2].score).toBeGreaterThan(ranked[3].score);
    expect(ranked[1].score).toBeGreaterThan(4 * ranked[2].score);
  });

  it('searches topics by key and by label', () => {
    expect(ids('logistics')).toEqual(['k-delivery']);
    expect(ids('digital service')).toEqual(['k-app-crash', 'k-software-account']);
    const labelled = caseTermsOf(SAMPLES['k-delivery'], { logistics: '物流配送' });
    expect(labelled.topics).toEqual(['logistics', 'logistic', '物流配送', '物流', '流配', '配送']);
    expect(rankCases('配送', [{ id: 'k-delivery', terms: labelled }])).toHaveLength(1);
  });
});

describe('scoreCase', () => {
  const only = (field: keyof CaseTerms, terms: string[]): CaseTerms => ({
    title: [],
    symptom: [],
    cause: [],
    solution: [],
    topics: [],
    [field]: terms,
  });

  it('weighs the fields: title 3, symptom and topics 2, cause and solution 1, out of a title', () => {
    expect(scoreCase(['crash'], only('title', ['crash']))).toBe(1);
    expect(scoreCase(['crash'], only('symptom', ['crash']))).toBeCloseTo(2 / 3);
    expect(scoreCase(['crash'], only('topics', ['crash']))).toBeCloseTo(2 / 3);
    expect(scoreCase(['crash'], only('cause', ['crash']))).toBeCloseTo(1 / 3);
    expect(scoreCase(['crash'], only('solution', ['crash']))).toBeCloseTo(1 / 3);
    expect(scoreCase(['crash', 'ios'], only('title', ['crash']))).toBeCloseTo(1 / 2);
    expect(scoreCase(['crash'], only('title', ['login']))).toBe(0);
  });

  it('adds the fields a term is in, to at most a title', () => {
    const both: CaseTerms = { ...only('symptom', ['crash']), cause: ['crash'] };
    expect(scoreCase(['crash'], both)).toBe(1);
    const all: CaseTerms = { title: ['crash'], symptom: ['crash'], cause: [], solution: [], topics: [] };
    expect(scoreCase(['crash'], all)).toBe(1);
  });

  it('down-weights a term most cases have', () => {
    const table = documentFrequencies([
      only('title', ['app', 'crash']),
      only('title', ['app', 'login']),
      only('title', ['app', 'slow']),
    ]);
    expect(inverseDocumentFrequency('app', table)).toBeLessThan(inverseDocumentFrequency('crash', table));
    const common = scoreCase(['app', 'crash'], only('title', ['app']), table);
    const rare = scoreCase(['app', 'crash'], only('title', ['crash']), table);
    expect(rare).toBeGreaterThan(common);
    expect(common + rare).toBeCloseTo(1);
  });
});

describe('suggestCases', () => {
  const ticket = {
    category: 'function_issue' as const,
    topics: ['account'],
    text: 'APP 更新後帳號登入不了',
  };

  it('puts the same category and shared topics first, then the closer text', () => {
    const suggested = suggestCases(ticket, CASES);
    expect(suggested.map((entry) => entry.id)).toEqual([
      'k-software-account',
      'k-login-slow',
      'k-app-crash',
      'k-account-locked',
    ]);
    expect(suggested[0]).toMatchObject({ sameCategory: true, sharedTopics: ['account'] });
    expect(suggested[0].score).toBeGreaterThan(suggested[1].score);
    // No shared topic, but its text is close enough.
    expect(suggested[2]).toMatchObject({ sameCategory: true, sharedTopics: [] });
    expect(suggested[3]).toMatchObject({ sameCategory: false, sharedTopics: ['account'] });
  });

  it('prefers more shared topics within the category, and keeps to the limit', () => {
    const suggested = suggestCases({ ...ticket, topics: ['account', 'digital_service'] }, CASES, 2);
    expect(suggested).toHaveLength(2);
    expect(suggested[0]).toMatchObject({
      id: 'k-software-account',
      sharedTopics: ['account', 'digital_service'],
    });
  });

  it('leaves out cases sharing neither a topic nor enough text, same category or not', () => {
    const suggested = suggestCases(ticket, CASES).map((entry) => entry.id);
    expect(suggested).not.toContain('k-invoice'); // same category, nothing else in common
    expect(suggested).not.toContain('k-refund');
    expect(suggested).not.toContain('k-delivery');
  });

  it('works on a ticket not yet classified, by its text alone', () => {
    const suggested = suggestCases({ topics: [], text: '快遞一直沒更新物流' }, CASES);
    expect(suggested.map((entry) => entry.id)).toEqual(['k-delivery']);
    expect(suggested[0]).toMatchObject({ sameCategory: false, sharedTopics: [] });
  });
});
