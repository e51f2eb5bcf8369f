/**
 * Wakes subscriptions waiting for new events: at once when this process commits, and after
 * `pollIntervalMs` at the latest, for events committed by another process sharing the file.
 */
export class ChangeSignal {
  private waiters = new Set<() => void>();
  /** Counts commits, so a reader can tell whether one happened since it last looked. */
  private commits = 0;

  constructor(private readonly pollIntervalMs: number) {}

  get generation(): number {
    return this.commits;
  }

  notify(): void {
    this.commits++;
    const waiting = this.waiters;
    this.waiters = new Set();
    for (const wake of waiting) wake();
  }

  wait(): { promise: Promise<void>; cancel: () => void } {
    let wake!: () => void;
    const promise = new Promise<void>((resolve) => {
      const timer = setTimeout(() => done(), this.pollIntervalMs);
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      wake = done;
      this.waiters.add(done);
    });
    return { promise, cancel: wake };
  }
}
