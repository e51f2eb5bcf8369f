/**
 * Runs the work given for one key one piece at a time, in the order it arrived; work for other
 * keys runs alongside. Commands on one ticket each read the stream and append at the revision they
 * read, so in one process only one of several arriving together could succeed per round, and a
 * burst would exhaust their retries; taking turns lets each decide on what the one before wrote.
 * Other processes are still met by the revision check and the retry.
 */
export class OneAtATime {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(work);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    // The last in line removes the key, so the map holds only tickets with work under way.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
