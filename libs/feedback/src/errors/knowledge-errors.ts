/** Errors of the knowledge base's application layer; the HTTP layer maps each to its status code. */
export class KnowledgeCaseNotFoundError extends Error {
  override readonly name = 'KnowledgeCaseNotFoundError';
  constructor(readonly caseId: string) {
    super(`no knowledge case was published under ${caseId}`);
  }
}

/** The case changed since the revision the client stated (If-Match), or kept changing under retries. */
export class KnowledgeCaseConflictError extends Error {
  override readonly name = 'KnowledgeCaseConflictError';
  constructor(
    readonly caseId: string,
    readonly expectedRevision: number | undefined,
    readonly actualRevision: number | undefined,
  ) {
    super(
      expectedRevision === undefined
        ? `knowledge case ${caseId} kept changing; try again`
        : `knowledge case ${caseId} is at revision ${actualRevision ?? 'unknown'}, not ${expectedRevision}`,
    );
  }
}
