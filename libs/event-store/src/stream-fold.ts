import type { EventStore, RecordedEvent } from './event-store.port';
import { NO_REVISION } from './expected-revision';

export interface FoldedStream<State> {
  readonly state: State;
  /** The stream's revision the state was folded to: the expected revision of the next append. */
  readonly revision: number;
}

/**
 * A small stream folded into one state, kept between reads: each read asks the store only for the
 * events appended since, so a stream that is read on every request costs one cheap read.
 */
export class StreamFold<State> {
  private latest: FoldedStream<State>;

  constructor(
    private readonly store: EventStore,
    private readonly streamId: string,
    initial: State,
    private readonly evolve: (state: State, event: RecordedEvent) => State,
  ) {
    this.latest = { state: initial, revision: NO_REVISION };
  }

  /** The state as far as it was read, without asking the store. */
  get known(): FoldedStream<State> {
    return this.latest;
  }

  async read(): Promise<FoldedStream<State>> {
    const from = this.latest;
    const recorded = await this.store.readStream(this.streamId, { fromRevision: from.revision + 1 });
    if (recorded.length === 0) return from;
    const next = {
      state: recorded.reduce(this.evolve, from.state),
      revision: recorded[recorded.length - 1].revision,
    };
    // Two reads may overlap; the one that read further wins.
    if (next.revision > this.latest.revision) this.latest = next;
    return next;
  }
}
