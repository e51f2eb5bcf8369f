import { WrongExpectedRevisionError } from '@ledger/event-store';
import { RevisionConflictError } from '../errors/feedback-errors';

const MAX_ATTEMPTS = 5;

/**
 * Runs `attempt` (read the stream, decide, append at the revision read) until its append lands.
 * When another writer got there first, it reads and decides again, up to five times, unless the
 * client pinned the revision it saw: then the conflict is the answer.
 */
export async function retryOnConflict<T>(
  streamOwner: string,
  pinned: number | undefined,
  attempt: () => Promise<T>,
): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      if (pinned !== undefined || tries >= MAX_ATTEMPTS) {
        throw new RevisionConflictError(streamOwner, pinned, error.actual);
      }
    }
  }
}
