import type { Refusal } from '@ledger/domain';

/** Errors of the application layer; the HTTP layer maps each to its status code. */
export class FeedbackNotFoundError extends Error {
  override readonly name = 'FeedbackNotFoundError';
  constructor(readonly reference: string) {
    super(`no feedback found for ${reference}`);
  }
}

export class CommandRefusedError extends Error {
  override readonly name = 'CommandRefusedError';
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

/** The ticket changed since the revision the client stated, or kept changing under retries. */
export class RevisionConflictError extends Error {
  override readonly name = 'RevisionConflictError';
  constructor(
    readonly feedbackId: string,
    readonly expectedRevision: number | undefined,
    readonly actualRevision: number | undefined,
  ) {
    super(
      expectedRevision === undefined
        ? `feedback ${feedbackId} kept changing; try again`
        : `feedback ${feedbackId} is at revision ${actualRevision ?? 'unknown'}, not ${expectedRevision}`,
    );
  }
}

/** The taxonomy changed since the revision the client stated (If-Match), or while this change was made. */
export class TaxonomyConflictError extends Error {
  override readonly name = 'TaxonomyConflictError';
  constructor(
    readonly expectedRevision: number,
    readonly actualRevision: number,
  ) {
    super(`the taxonomy is at revision ${actualRevision}, not ${expectedRevision}`);
  }
}

/** An Idempotency-Key already used for a different request. */
export class IdempotencyKeyReusedError extends Error {
  override readonly name = 'IdempotencyKeyReusedError';
  constructor(readonly key: string) {
    super(`Idempotency-Key ${key} was already used for a different request`);
  }
}
