import { LIMITS } from './feedback-vocabulary';

/**
 * A one-line summary for lists: the given one, else the content's whitespace collapsed and cut
 * to the limit on a character (code point) boundary, with an ellipsis when cut.
 */
export function deriveSummary(content: string, given?: string): string {
  const source = given?.trim() ? given : content;
  const flat = source.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= LIMITS.summary) return flat;
  return `${chars
    .slice(0, LIMITS.summary - 1)
    .join('')
    .trimEnd()}…`;
}
