import { DEFAULT_TAXONOMY } from './default-taxonomy';
import { FeedbackClassifier } from './feedback-classifier';
import { normaliseText } from './normalise-text';

const classifier = new FeedbackClassifier(DEFAULT_TAXONOMY, 7);

describe('FeedbackClassifier', () => {
  it('reads Traditional Chinese as its Simplified twin', () => {
    expect(normaliseText('帳號登入失敗，ＡＰＰ閃退')).toBe('账号登录失败,app闪退');
    expect(classifier.classify('我的積分無法兌換，已經反映好幾次了')).toEqual(
      classifier.classify('我的积分无法兑换，已经反映好几次了'),
    );
  });

  it.each([
    ['导出报表一直失败，点了没有任何反应', 'function_issue'],
    ['申请退款要填三张表，步骤太多了，找了半天入口', 'experience'],
    ['希望APP能增加夜间模式，晚上看太刺眼了', 'suggestion'],
    ['客服态度太差了，打了三次电话都没人处理，还挂我电话', 'complaint'],
    ['非常感谢小李的耐心解答，问题一下就解决了', 'praise'],
    ['请问怎么修改收货地址？', 'inquiry'],
    ['The app keeps crashing every time I open my orders', 'function_issue'],
    ['pls add a dark mode, my eyes hurt at night', 'suggestion'],
  ])('%s → %s', (text, category) => {
    expect(classifier.classify(text).category).toBe(category);
  });

  it('marks an outage for everyone urgent, a wish low, praise never urgent', () => {
    expect(classifier.classify('支付系统崩了，所有人都无法支付，整个下午都这样').priority).toBe('P1');
    expect(classifier.classify('建议以后增加夜间模式').priority).toBe('P4');
    expect(classifier.classify('thank you so much, the courier was amazing').priority).toBe('P4');
  });

  it('gives the evidence it found, a confidence between 0 and 1, and the taxonomy revision', () => {
    const proposal = classifier.classify('快递三天了还没到，客服也不回复');
    expect(proposal.taxonomyRevision).toBe(7);
    expect(proposal.confidence).toBeGreaterThan(0);
    expect(proposal.confidence).toBeLessThanOrEqual(1);
    expect(proposal.topics).toEqual(expect.arrayContaining(['logistics', 'service']));
    for (const { phrase } of proposal.evidence) {
      expect(normaliseText('快递三天了还没到，客服也不回复')).toContain(
        normaliseText(phrase).replace(/\*$/, ''),
      );
    }
    expect(proposal.evidence.some(({ field }) => field === 'topic')).toBe(true);
  });

  it('does not take a negated phrase for what it says', () => {
    expect(classifier.classify('非常满意，谢谢').sentiment).toBe('positive');
    expect(classifier.classify('对处理结果很不满意').sentiment).toBe('negative');
    const notHappy = classifier.classify('对处理结果很不满意');
    expect(notHappy.evidence).not.toContainEqual(expect.objectContaining({ value: 'positive' }));
  });

  it('is deterministic', () => {
    const text = 'Ordered on 3 May, parcel still not here, nobody replies to my emails. Ridiculous.';
    expect(classifier.classify(text)).toEqual(classifier.classify(text));
  });

  it('proposes topic "other" when no topic phrase is found', () => {
    expect(classifier.classify('嗯').topics).toEqual(['other']);
  });
});
