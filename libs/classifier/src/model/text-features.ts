import type { MatchableText } from '../phrase-matcher';

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /^[a-z][a-z']*$/;

/**
 * What the model sees of a text: Chinese characters and character pairs (robust to segmentation
 * mistakes), Chinese words of two or more characters, Latin words and word pairs.
 */
export function textFeatures(text: MatchableText): string[] {
  const features: string[] = [];
  let previousHan = '';
  for (const char of text.normal) {
    if (HAN.test(char)) {
      features.push(`c:${char}`);
      if (previousHan) features.push(`b:${previousHan}${char}`);
      previousHan = char;
    } else previousHan = '';
  }
  let previousWord = '';
  for (const raw of text.words) {
    const word = raw.trim();
    if (HAN.test(word) && word.length >= 2) features.push(`w:${word}`);
    if (LATIN_WORD.test(word)) {
      features.push(`e:${word}`);
      if (previousWord) features.push(`e:${previousWord} ${word}`);
      previousWord = word;
    } else if (word) previousWord = '';
  }
  return features;
}
