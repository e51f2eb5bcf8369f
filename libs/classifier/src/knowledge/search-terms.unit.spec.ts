import { searchTerms, stemEnglish } from './search-terms';

describe('searchTerms', () => {
  it('gives Traditional Chinese the terms of its Simplified twin', () => {
    expect(searchTerms('「登入後頁面載入緩慢」')).toEqual(searchTerms('登录后页面加载缓慢'));
    expect(searchTerms('軟體更新後帳號無法登入')).toEqual(searchTerms('软件更新后账号无法登录'));
    expect(searchTerms('軟體 帳號')).toEqual(['软件', '账号']);
  });

  it('gives Chinese words and the pairs of neighbouring characters, so part of a word matches', () => {
    const terms = searchTerms('支付寶付款失敗');
    expect(terms).toEqual(expect.arrayContaining(['支付宝', '付款', '失败', '支付', '付宝', '宝付', '款失']));
    // jieba cuts 卡顿 into 卡 and 顿: the pair still makes the word.
    expect(searchTerms('页面卡顿')).toEqual(['页面', '面卡', '卡顿']);
  });

  it('drops stop words, and pairs never straddle one; a lone character stands for itself', () => {
    expect(searchTerms('我的账号被锁了')).toEqual(['账号', '锁']);
    expect(searchTerms('The refunds of my order are late')).toEqual(['refund', 'order', 'lat']);
    expect(searchTerms('的 了 是 the a an is')).toEqual([]);
  });

  it('drops punctuation and gives each term once, in the order first seen', () => {
    expect(searchTerms('退款，退款！Refund? refunds... REFUNDED')).toEqual(['退款', 'refund']);
    expect(searchTerms('？！…—，。')).toEqual([]);
    expect(searchTerms('')).toEqual([]);
  });

  it('folds full-width letters and keeps versions and numbers whole', () => {
    expect(searchTerms('ＡＰＰ閃退 on iOS 17.2, v5.2.1')).toEqual(['app', '闪退', 'ios', '17.2', 'v5.2.1']);
  });

  it('separates Chinese and Latin script written together', () => {
    expect(searchTerms('iPhone登录后crash')).toEqual(['iphon', '登录', '录后', 'crash']);
  });

  it('is deterministic', () => {
    const text = 'App 登入後閃退 after the 5.3 update, refunds pending';
    expect(searchTerms(text)).toEqual(searchTerms(text));
  });
});

describe('stemEnglish', () => {
  it.each([
    ['refunds', 'refund'],
    ['refunded', 'refund'],
    ['refunding', 'refund'],
    ['crashes', 'crash'],
    ['boxes', 'box'],
    ['replies', 'reply'],
    ['addresses', 'address'],
    ['stopped', 'stop'],
    ['logging', 'log'],
    ['logged', 'log'],
    ['called', 'call'],
    ['added', 'add'],
    ['needed', 'need'],
    ['charges', 'charg'],
    ['charging', 'charg'],
    ['charge', 'charg'],
  ])('%s → %s', (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });

  it.each(['status', 'analysis', 'access', 'login', 'bring', 'speed', 'bus'])('leaves %s alone', (word) => {
    expect(stemEnglish(word)).toBe(word);
  });
});
