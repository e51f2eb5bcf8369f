import type { CommandResult } from '@ledger/feedback';

/** The part of the HTTP reply controllers need; keeps them independent of the platform adapter. */
export interface HeaderReply {
  header(name: string, value: string): unknown;
}

/** The ETag is the ticket's revision, which clients send back in If-Match. */
export const etagOf = (revision: number): string => `"${revision}"`;

export function withRevisionHeaders(reply: HeaderReply, result: CommandResult): CommandResult {
  reply.header('ETag', etagOf(result.revision));
  return result;
}
