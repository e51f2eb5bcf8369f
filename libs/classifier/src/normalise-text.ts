import { Converter } from 'opencc-js';

// Taiwan usage with its phrases (登入 → 登录, 軟體 → 软件); Simplified text passes through unchanged.
const toSimplified = Converter({ from: 'twp', to: 'cn' });

/** Spellings opencc leaves apart that customers use interchangeably. */
const VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/帐(?=[号户])/g, '账'],
  [/[‘’]/g, "'"],
];

/**
 * One spelling for one meaning: compatibility forms folded (full-width letters and digits),
 * lower case, Traditional Chinese in Simplified, runs of white space as one space.
 */
export function normaliseText(text: string): string {
  let normal = toSimplified(text.normalize('NFKC').toLowerCase());
  for (const [variant, canonical] of VARIANTS) normal = normal.replace(variant, canonical);
  return normal.replace(/\s+/g, ' ').trim();
}
