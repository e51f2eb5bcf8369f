import { sendBurst, type BurstAnswer } from './support/burst-sender';
import { TestApp } from './support/test-app';
import { EVERY_ROLE_KEY } from './support/test-keys';

interface HistoryEvent {
  readonly type: string;
  readonly revision: number;
  readonly position: string;
  readonly metadata: { readonly commandId?: string };
}

interface CommandAnswer {
  readonly revision?: number;
  readonly rule?: string;
}

const CONTENDERS = 100;

/**
 * A hundred commands at once on one ticket, each with its own Idempotency-Key: a third pin the
 * revision they saw (If-Match), the rest let the handler decide again on a conflict. Nothing may be
 * lost or applied twice, and sending them all again must change nothing. The burst reaches the
 * server in one turn of its event loop (see sendBurst): sent the ordinary way, the requests are
 * accepted one after another and never meet.
 */
describe('contention: 100 concurrent commands on one ticket', () => {
  let app: TestApp;
  let base: string;

  beforeAll(async () => {
    app = await TestApp.start();
    base = await app.listen();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('applies each once or refuses it with 409, and a retry with the same key appends nothing', async () => {
    const { body: ticket } = await app
      .http()
      .post('/feedback')
      .send({ channel: 'app', content: 'the app logs me out' })
      .expect(201);
    const id = ticket.id as string;
    await app
      .http()
      .post(`/feedback/${id}/classify`)
      .send({ category: 'function_issue', priority: 'P2' })
      .expect(200);
    await app.http().post(`/feedback/${id}/assign`).send({ department: 'Technology' }).expect(200);
    const { body: acknowledged } = await app.http().post(`/feedback/${id}/acknowledge`).send({}).expect(200);
    const seen = acknowledged.revision as number;

    const pinned = (i: number): boolean => i % 3 === 0;
    const commands = Array.from({ length: CONTENDERS }, (_, i) => ({
      method: 'POST' as const,
      path: `/feedback/${id}/progress`,
      headers: {
        authorization: `Bearer ${EVERY_ROLE_KEY}`,
        'idempotency-key': `contender-${i}`,
        ...(pinned(i) ? { 'if-match': `"${seen}"` } : {}),
      },
      body: { note: `note ${i}` },
    }));
    const first = await sendBurst(base, commands);
    const bodyOf = (answer: BurstAnswer): CommandAnswer => answer.body as CommandAnswer;

    const statuses = first.map((answer) => answer.status);
    expect(statuses.filter((status) => status !== 200 && status !== 409)).toEqual([]);
    // Only a command that pinned a revision another moved past may be refused; the others are decided again.
    expect(first.flatMap((answer, i) => (answer.status === 409 && !pinned(i) ? [i] : []))).toEqual([]);
    for (const answer of first.filter((a) => a.status === 409)) {
      expect(bodyOf(answer)).toMatchObject({ rule: 'RevisionConflict' });
    }
    const applied = first.flatMap((answer, i) => (answer.status === 200 ? [i] : []));
    // At most one pinned command can win: the first to move the ticket on from the revision they all saw.
    expect(applied.filter(pinned).length).toBeLessThanOrEqual(1);

    const history = async (): Promise<HistoryEvent[]> =>
      (await app.http().get(`/feedback/${id}/history`).expect(200)).body as HistoryEvent[];
    const before = await history();
    const updates = before.filter((event) => event.type === 'ProgressUpdated');
    // No lost update, none applied twice: one event per command answered 200, each carrying its key.
    expect(updates).toHaveLength(applied.length);
    expect(updates.map((event) => event.metadata.commandId).sort()).toEqual(
      applied.map((i) => `contender-${i}`).sort(),
    );
    // Each answer names the revision its own event was stored at; no two answers claim the same one.
    const claimed = applied.map((i) => bodyOf(first[i]).revision);
    expect(new Set(claimed).size).toBe(applied.length);
    for (const i of applied) {
      const own = updates.find((event) => event.metadata.commandId === `contender-${i}`);
      expect(own?.revision).toBe(bodyOf(first[i]).revision);
    }
    expect(before.map((event) => event.revision)).toEqual(before.map((_, revision) => revision));

    // Every command again, with the same keys: the applied ones answer as they did, the refused stay refused.
    const again = await sendBurst(base, commands);
    expect(again.map((answer) => answer.status)).toEqual(statuses);
    for (const i of applied) expect(again[i].body).toEqual(first[i].body);
    expect(await history()).toEqual(before);
  });
});
