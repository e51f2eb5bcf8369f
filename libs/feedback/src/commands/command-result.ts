import type { FeedbackCommand, FeedbackState, Status } from '@ledger/domain';

/** What a client learns from a command: where the ticket now stands and where the log is. */
export interface CommandResult {
  readonly id: string;
  readonly ticketNo: string;
  readonly status: Status;
  readonly revision: number;
  /** Global log position of the last event: a view query can wait until it has caught up. */
  readonly position: string;
}

/** A domain command as a client sends it: the handler adds who (`by`) and when (`at`). */
export type Unstamped<C extends FeedbackCommand> = C extends unknown ? Omit<C, 'by' | 'at'> : never;

export function resultOf(
  state: NonNullable<FeedbackState>,
  revision: number,
  position: bigint,
): CommandResult {
  return {
    id: state.id,
    ticketNo: state.ticketNo,
    status: state.status,
    revision,
    position: position.toString(),
  };
}
