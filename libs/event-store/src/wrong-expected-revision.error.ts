import { describeExpectedRevision, type ExpectedRevision } from './expected-revision';

/** The stream was not where the append expected it: another writer got there first. */
export class WrongExpectedRevisionError extends Error {
  override readonly name = 'WrongExpectedRevisionError';

  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's actual last revision, -1 when it does not exist, undefined when unknown. */
    readonly actual: number | undefined,
  ) {
    super(
      `stream ${streamId} expected ${describeExpectedRevision(expected)} but is at ${
        actual === undefined ? 'an unknown revision' : actual < 0 ? 'no stream' : `revision ${actual}`
      }`,
    );
  }
}
