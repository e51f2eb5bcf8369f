import { segmentText } from '../chinese-segmenter';
import { normaliseText } from '../normalise-text';

/** Words too common to tell one case from another. Compared after normalisation (Simplified). */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the is are was were be been being am of to and or but in on at for with by from as into ' +
    'i me my mine we us our you your he him his she her it its they them their this that these those ' +
    'do does did doing have has had not no can could will would should please pls so if then than ' +
    'there here what which who when where why how all any some very just also too again ' +
    'dont doesnt didnt isnt arent wasnt werent cant couldnt wont wouldnt havent hasnt hadnt im ive'
  ).split(' '),
);

export const CHINESE_STOP_WORDS: ReadonlySet<string> = new Set([
  '的',
  '了',
  '是',
  '在',
  '我',
  '很',
  '也',
  '就',
  '都',
  '和',
  '与',
  '及',
  '或',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '着',
  '把',
  '被',
  '这',
  '那',
  '个',
  '有',
  '你',
  '您',
  '他',
  '她',
  '它',
  '又',
  '还',
  '让',
  '给',
  '我们',
  '你们',
  '他们',
  '一个',
  '这个',
  '那个',
  '什么',
  '怎么',
  '请问',
  '已经',
  '但是',
  '因为',
  '所以',
  '如果',
  '就是',
  '非常',
]);

const HAN_CHAR = /\p{Script=Han}/u;
/**
 * A run of Chinese characters, or a word of letters and digits in any other script, with its
 * apostrophes (`don't`) and the dots of a version (`v5.2.1`).
 */
const TOKEN =
  /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:'(?:(?!\p{Script=Han})\p{L})+|\.\p{N}+)*/gu;
const VOWEL = /[aeiouy]/;

/**
 * The terms a text is searched and indexed by, the same for a query and a case, once each, in
 * the order they first occur. The text is normalised first (Traditional as Simplified, full-width
 * as half-width, lower case). Chinese gives its words (jieba) of two or more characters and every
 * pair of neighbouring characters, so a part of a word, or a word jieba cut differently, still
 * matches; a lone character stands for itself. Other scripts give their words, English ones
 * lightly stemmed (`refunds`, `refunded` → `refund`). Stop words and punctuation give nothing.
 */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const [token] of normaliseText(text).matchAll(TOKEN)) {
    if (HAN_CHAR.test(token)) for (const term of chineseTerms(token)) terms.add(term);
    else {
      const term = latinTerm(token);
      if (term) terms.add(term);
    }
  }
  return [...terms];
}

function chineseTerms(run: string): string[] {
  const terms: string[] = [];
  // Stop words split the run into chunks: pairs never straddle one ("我的账号" gives 账号 only).
  const chunks: string[] = [''];
  for (const word of segmentText(run)) {
    if (CHINESE_STOP_WORDS.has(word)) chunks.push('');
    else {
      chunks[chunks.length - 1] += word;
      if (word.length >= 2) terms.push(word);
    }
  }
  for (const chunk of chunks) {
    const chars = [...chunk];
    if (chars.length === 1) terms.push(chunk);
    for (let index = 1; index < chars.length; index++) terms.push(chars[index - 1] + chars[index]);
  }
  return terms;
}

function latinTerm(token: string): string | undefined {
  const word = token.replace(/'s$/, '').replace(/'/g, '');
  if (word.length < 2 || ENGLISH_STOP_WORDS.has(word)) return undefined;
  return /^[a-z]+$/.test(word) ? stemEnglish(word) : word;
}

/**
 * A light English stemmer, enough for the inflections customers type: plurals (`refunds`,
 * `boxes`, `replies`), `-ing` and `-ed` (`crashing`, `logged`), and a final `e`, so that
 * `charge`, `charges`, `charged` and `charging` all become `charg`. Not a dictionary: it is only
 * ever applied to both sides of a comparison.
 */
export function stemEnglish(word: string): string {
  if (word.length <= 3) return word;
  let stem = word;
  if (stem.endsWith('ies') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('sses')) stem = stem.slice(0, -2);
  else if (/(?:[sxz]|ch|sh)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !/(?:ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);

  const suffix = stem.endsWith('ing') ? 3 : stem.endsWith('ed') && !stem.endsWith('eed') ? 2 : 0;
  if (suffix > 0) {
    const base = stem.slice(0, -suffix);
    if (base.length >= 2 && VOWEL.test(base)) {
      stem = base;
      // stopped → stop, logging → log; but called, missed and added keep their pair.
      if (/([^aeiouylsz])\1$/.test(stem) && stem.length > 3) stem = stem.slice(0, -1);
    }
  }
  if (stem.length >= 3 && stem.endsWith('e') && !stem.endsWith('ee')) stem = stem.slice(0, -1);
  return stem;
}
