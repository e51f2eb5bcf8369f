import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store';
import { auditPage, type AuditCriteria } from './audit-page';

describe('auditPage on a real SQLite log', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-audit-'));
  const store = SqliteEventStore.open(join(dir, 'events.sqlite'));

  beforeAll(async () => {
    for (let i = 0; i < 30; i++) {
      const actor = i % 3 === 0 ? 'agent-wang' : 'agent-li';
      const receivedAt = new Date(Date.UTC(2023, 9, 1 + i)).toISOString();
      await store.appendToStream(
        `feedback-${randomUUID()}`,
        [{ id: randomUUID(), type: 'FeedbackReceived', data: { receivedAt }, metadata: { actor } }],
        'no_stream',
      );
    }
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Follows `next` to the end, as a client does, and returns every event seen. */
  async function all(criteria: AuditCriteria, limit: number, scanLimit: number) {
    const seen: string[] = [];
    let after: bigint | undefined;
    for (let pages = 0; pages < 100; pages++) {
      const page = await auditPage(store, criteria, { ...(after ? { after } : {}), limit, scanLimit });
      expect(page.events.length).toBeLessThanOrEqual(limit);
      seen.push(...page.events.map((e) => `${e.metadata.actor} ${e.occurredAt}`));
      if (!page.next) return seen;
      after = BigInt(page.next);
    }
    throw new Error('paging did not end');
  }

  it('filters by actor and by the time the event happened, whatever the page and scan sizes', async () => {
    const wang = await all({ actor: 'agent-wang' }, 100, 100);
    expect(wang).toHaveLength(10);
    expect(await all({ actor: 'agent-wang' }, 3, 4)).toEqual(wang);
    const firstWeek = await all(
      { from: new Date('2023-10-01T00:00:00Z'), to: new Date('2023-10-08T00:00:00Z') },
      2,
      5,
    );
    expect(firstWeek).toHaveLength(7);
    expect(await all({ type: 'FeedbackClassified' }, 10, 7)).toEqual([]);
  });

  it('stops a page after the scan limit, with a next position to go on from', async () => {
    const page = await auditPage(store, { actor: 'nobody' }, { limit: 10, scanLimit: 12 });
    expect(page.events).toEqual([]);
    expect(page.next).toBeDefined();
  });
});
