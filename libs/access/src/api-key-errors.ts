import type { ApiKeyRefusal } from '@ledger/domain';

/** A key command the rules refuse; the api answers 404, 409 or 400 by the refusal's kind. */
export class ApiKeyRefusedError extends Error {
  override readonly name = 'ApiKeyRefusedError';
  constructor(readonly refusal: ApiKeyRefusal) {
    super(refusal.message);
  }
}
