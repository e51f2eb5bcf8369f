const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class InvalidFieldError extends Error {
  override readonly name = 'InvalidFieldError';
}

/** Field names end up inside queries (SQL paths, Mongo keys), so only plain identifiers pass. */
export function checkField(field: string): string {
  if (!FIELD.test(field)) throw new InvalidFieldError(`"${field}" is not a valid field name`);
  return field;
}
