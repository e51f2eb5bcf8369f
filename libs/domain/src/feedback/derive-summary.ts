import { LIMITS } from './feedback-vocabulary';
import { textLength } from './text-length';

/**
 * A one-line summary for lists: the given one, else the content's whitespace collapsed and cut
 * to the limit on a character (code point) boundary, with an ellipsis when cut.
 */
export function deriveSummary(content: string, given?: string): string {
  const source = given?.trim() ? given : content;
  const flat = source.replace(/\s+/g, ' ').trim();
  if (textLength(flat) <= LIMITS.summary) return flat;
  const chars = Array.from(flat);
  return `${chars
    .slice(0, LIMITS.summary - 1)
    .join('')
    .trimEnd()}…`;
}
