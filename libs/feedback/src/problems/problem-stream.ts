import {
  asProblemEvent,
  evolveProblem,
  problemStreamId,
  type Problem,
  type ProblemState,
} from '@ledger/domain';
import type { EventStore, RecordedEvent } from '@ledger/event-store';
import { foldStream, loadStream, type LoadedStream } from '../aggregate-stream';

const PROBLEM = { asEvent: asProblemEvent, evolve: evolveProblem };

export const foldProblem = (events: readonly RecordedEvent[]): ProblemState => foldStream(events, PROBLEM);

/** A problem is read from its own stream, so a client reads its own writes. */
export const loadProblem = (store: EventStore, problemId: string): Promise<LoadedStream<Problem>> =>
  loadStream(store, problemStreamId(problemId), PROBLEM);
