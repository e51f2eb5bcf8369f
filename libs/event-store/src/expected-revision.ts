/**
 * What an append expects of its stream, as in EventStoreDB: `no_stream` (the stream must not
 * exist), `stream_exists`, `any`, or the exact 0-based revision of the stream's last event.
 */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

/** The revision a stream has before its first event. */
export const NO_REVISION = -1;

export function describeExpectedRevision(expected: ExpectedRevision): string {
  return typeof expected === 'number' ? `revision ${expected}` : expected;
}

export function expectationHolds(expected: ExpectedRevision, currentRevision: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return currentRevision === NO_REVISION;
    case 'stream_exists':
      return currentRevision > NO_REVISION;
    default:
      return currentRevision === expected;
  }
}
