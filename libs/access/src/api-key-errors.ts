import type { ApiKeyRefusal } from '@ledger/domain';

/** A key command the rules refuse; the api answers 404, 409 or 400 by the refusal's kind. */
export class ApiKeyRefusedError extends Error {
  override readonly name = 'ApiKeyRefusedError';
  constructor(readonly refusal: ApiKeyRefusal) {
    super(refusal.message);
  }
}

/** The token issuer's keys could not be fetched: the caller is not at fault (503). */
export class IssuerUnavailableError extends Error {
  override readonly name = 'IssuerUnavailableError';
  constructor(issuer: string, cause: unknown) {
    super(`the token issuer ${issuer} cannot be reached to check the token; try again`, { cause });
  }
}
