import type { Scalar } from './read-store.port';

/** A page cursor: the sort values and id of the last document on the page, opaque to clients. */
export function encodeCursor(values: readonly Scalar[], id: string): string {
  return Buffer.from(JSON.stringify([...values, id]), 'utf8').toString('base64url');
}

export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
  constructor() {
    super('the cursor is not one this query returned');
  }
}

export function decodeCursor(cursor: string, sortKeys: number): { values: Scalar[]; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.length === sortKeys + 1 &&
    parsed.every((v) => ['string', 'number', 'boolean'].includes(typeof v)) &&
    typeof parsed[sortKeys] === 'string';
  if (!valid) throw new InvalidCursorError();
  const values = parsed as Scalar[];
  return { values: values.slice(0, sortKeys), id: values[sortKeys] as string };
}
