import type { ReadDocument } from '@ledger/read-store';
import type { ViewWriter } from '../../projection';
import { applyContributions, difference, type BucketDocument, type Contribution } from './contributions';

class MemoryWriter implements ViewWriter {
  readonly docs = new Map<string, ReadDocument>();
  get<T extends ReadDocument>(_: string, id: string): Promise<T | undefined> {
    return Promise.resolve(this.docs.get(id) as T | undefined);
  }
  put(_: string, document: ReadDocument): void {
    this.docs.set(document.id, JSON.parse(JSON.stringify(document)) as ReadDocument);
  }
  delete(_: string, id: string): void {
    this.docs.delete(id);
  }
}

const c = (path: string[], amount = 1, bucket = '2023-10-01'): Contribution => ({
  collection: 'f',
  bucket,
  path,
  amount,
});

describe('figure contributions', () => {
  it('applies only the difference between what a ticket contributed before and now', () => {
    const before = [c(['priority', 'P2', 'handled']), c(['priority', 'P2', 'timely'])];
    const after = [c(['priority', 'P1', 'handled']), c(['priority', 'P2', 'timely'])];
    expect(difference(before, after)).toEqual([
      c(['priority', 'P2', 'handled'], -1),
      c(['priority', 'P1', 'handled']),
    ]);
    expect(difference(after, after)).toEqual([]);
  });

  it('adds up counters, dropping zeros and empty objects, and deletes an emptied bucket', async () => {
    const views = new MemoryWriter();
    await applyContributions(views, [c(['a', 'x']), c(['a', 'y']), c(['b'])]);
    await applyContributions(views, [c(['a', 'x'], -1)]);
    expect((views.docs.get('2023-10-01') as BucketDocument).counters).toEqual({ a: { y: 1 }, b: 1 });
    await applyContributions(views, [c(['a', 'y'], -1), c(['b'], -1)]);
    expect(views.docs.has('2023-10-01')).toBe(false);
  });

  it('counts names such as __proto__ and constructor as plain keys', async () => {
    const views = new MemoryWriter();
    await applyContributions(views, [
      c(['department', '__proto__', 'handled']),
      c(['department', 'constructor', 'handled']),
    ]);
    const counters = (views.docs.get('2023-10-01') as BucketDocument).counters as Record<
      string,
      Record<string, unknown>
    >;
    expect(Object.keys(counters.department)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).handled).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('handled');
  });
});
