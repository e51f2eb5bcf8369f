import { segmentText } from './chinese-segmenter';
import { normaliseText } from './normalise-text';
import type { PhraseWeights } from './taxonomy';

export interface PhraseMatch {
  readonly phrase: string;
  readonly weight: number;
}

/** Words that turn the phrase after them around: "不满意", "not happy". */
const NEGATORS = new Set([
  '不',
  '没',
  '没有',
  '未',
  '别',
  '并不',
  '从不',
  '从未',
  '不是',
  '不会',
  'not',
  'no',
  'never',
  "don't",
  "didn't",
  "doesn't",
  "isn't",
  "wasn't",
  "aren't",
  "won't",
  'hardly',
]);
const NEGATOR_CHARS = /[不没未别]$/;
const CLAUSE_END = /[,.!?;:，。！？；：、\n]/;
const LOOK_BACK_WORDS = 2;

/** A text prepared once for all the phrase lists it is matched against. */
export class MatchableText {
  readonly normal: string;
  private readonly wordStarts: number[] = [];
  readonly words: readonly string[];

  constructor(text: string) {
    this.normal = normaliseText(text);
    this.words = segmentText(this.normal);
    let offset = 0;
    for (const word of this.words) {
      this.wordStarts.push(offset);
      offset += word.length;
    }
  }

  /** The phrases of the list found in the text and not negated, each counted once. */
  match(phrases: CompiledPhrases): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    for (const { phrase, weight, pattern, negatable } of phrases) {
      pattern.lastIndex = 0;
      for (let hit = pattern.exec(this.normal); hit; hit = pattern.exec(this.normal)) {
        if (!negatable || !this.negatedAt(hit.index)) {
          found.push({ phrase, weight });
          break;
        }
      }
    }
    return found;
  }

  private negatedAt(offset: number): boolean {
    let index = this.wordAt(offset);
    const partBefore = this.normal.slice(this.wordStarts[index], offset);
    if (NEGATOR_CHARS.test(partBefore)) return true;
    for (let seen = 0; index > 0 && seen < LOOK_BACK_WORDS;) {
      const word = this.words[--index].trim();
      if (!word) continue;
      if (CLAUSE_END.test(word)) return false;
      if (NEGATORS.has(word)) return true;
      seen++;
    }
    return false;
  }

  private wordAt(offset: number): number {
    let low = 0;
    let high = this.wordStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.wordStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

export type CompiledPhrases = readonly {
  readonly phrase: string;
  readonly weight: number;
  readonly pattern: RegExp;
  readonly negatable: boolean;
}[];

const LATIN = /[a-z0-9]/;

/** Turns a phrase list into patterns once, so that classifying a text compiles nothing. */
export function compilePhrases(phrases: PhraseWeights): CompiledPhrases {
  return Object.entries(phrases).map(([phrase, weight]) => {
    const normal = normaliseText(phrase);
    const prefix = normal.endsWith('*');
    const body = (prefix ? normal.slice(0, -1) : normal)
      .split(' ')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
    const start = LATIN.test(normal[0]) ? '(?<![a-z0-9])' : '';
    const end = prefix ? '[a-z]*' : LATIN.test(normal[normal.length - 1]) ? '(?![a-z0-9])' : '';
    const firstWord = normal.split(/[\s*]/)[0];
    return {
      phrase,
      weight,
      pattern: new RegExp(`${start}${body}${end}`, 'g'),
      negatable: !NEGATORS.has(firstWord) && !NEGATOR_CHARS.test(normal[0]) && !/^无/.test(normal),
    };
  });
}
