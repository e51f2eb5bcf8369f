import { deriveSummary } from './derive-summary';
import { SAMPLES, given, receive } from '../testing/given-when-then';

const codePoints = (text: string) => Array.from(text).length;

describe('deriveSummary', () => {
  it('uses a given summary instead of the content', () => {
    expect(deriveSummary('APP登錄後頁面加載卡頓，每次都要等十秒以上', '登錄卡頓')).toBe('登錄卡頓');
  });

  it('derives the summary from the content when none is given', () => {
    expect(deriveSummary('希望增加批量導出功能')).toBe('希望增加批量導出功能');
  });

  it.each([[''], ['   '], ['\n\t']])(
    'derives from the content when the given summary is blank (%j)',
    (given) => {
      expect(deriveSummary('客服未在24小時內回復', given)).toBe('客服未在24小時內回復');
    },
  );

  it('collapses runs of whitespace (newlines, tabs, ideographic spaces) to one space and trims', () => {
    expect(deriveSummary('  APP登錄後\n\n頁面   加載\t卡頓\u3000\u3000很慢  ')).toBe(
      'APP登錄後 頁面 加載 卡頓 很慢',
    );
  });

  it('also tidies a given summary', () => {
    expect(deriveSummary('content', '  login \n slow ')).toBe('login slow');
  });

  it('keeps a text of exactly 80 characters whole', () => {
    const text = 'x'.repeat(80);
    expect(deriveSummary(text)).toBe(text);
  });

  it('cuts a text of 81 characters to 79 plus an ellipsis, 80 in all', () => {
    const summary = deriveSummary('x'.repeat(81));
    expect(summary).toBe(`${'x'.repeat(79)}…`);
    expect(codePoints(summary)).toBe(80);
  });

  it('counts whitespace-collapsed characters, so a long but airy text may fit', () => {
    const airy = Array.from({ length: 40 }, () => 'ab').join('     ');
    expect(deriveSummary(airy)).toBe(
      Array.from({ length: 40 }, () => 'ab')
        .join(' ')
        .slice(0, 79) + '…',
    );
    expect(deriveSummary(Array.from({ length: 20 }, () => 'abc').join('\n\n'))).toHaveLength(79);
  });

  it('cuts Chinese text by characters', () => {
    const content = '頁面加載卡頓'.repeat(20);
    const summary = deriveSummary(content);
    expect(summary).toBe(`${content.slice(0, 79)}…`);
    expect(codePoints(summary)).toBe(80);
  });

  it('cuts on a code-point boundary, never inside a surrogate pair', () => {
    const summary = deriveSummary('😀'.repeat(100));
    expect(summary).toBe(`${'😀'.repeat(79)}…`);
    expect(codePoints(summary)).toBe(80);
    expect(summary).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('drops a trailing space at the cut before adding the ellipsis', () => {
    const summary = deriveSummary(`${'a'.repeat(78)} ${'b'.repeat(10)}`);
    expect(summary).toBe(`${'a'.repeat(78)}…`);
  });

  it('cuts a given summary that is too long, too', () => {
    expect(deriveSummary('short content', 'g'.repeat(90))).toBe(`${'g'.repeat(79)}…`);
  });
});

describe('summary on receipt', () => {
  it('is derived from the content and cut at 80 characters', () => {
    const content = `APP登錄後頁面加載卡頓。\n\n${'詳細描述'.repeat(40)}`;
    const ticket = given()
      .when(receive({ ...SAMPLES.app, content }))
      .then({
        type: 'FeedbackReceived',
        data: expect.objectContaining({ content, summary: deriveSummary(content) }),
      });
    expect(ticket.summary).toBe(`APP登錄後頁面加載卡頓。 ${'詳細描述'.repeat(16)}詳…`);
    expect(codePoints(ticket.summary)).toBe(80);
  });

  it('is the given one when given', () => {
    const ticket = given()
      .when(receive({ ...SAMPLES.web, summary: '批量導出' }))
      .then({ type: 'FeedbackReceived', data: expect.objectContaining({ summary: '批量導出' }) });
    expect(ticket).toMatchObject({ summary: '批量導出', content: '希望增加批量導出功能' });
  });
});
