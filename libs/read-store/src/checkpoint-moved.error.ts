/**
 * A batch was built on a checkpoint that another writer has moved since: committing it would apply
 * some events twice. The batch is refused whole; its projector reads the checkpoint and goes on
 * from there.
 */
export class CheckpointMovedError extends Error {
  override readonly name = 'CheckpointMovedError';

  constructor(
    readonly projector: string,
    readonly expected: bigint | null,
    readonly actual: bigint | null,
  ) {
    super(
      `the checkpoint of ${projector} is at ${actual ?? 'the start'}, not at ${expected ?? 'the start'} where this batch continues from`,
    );
  }
}
