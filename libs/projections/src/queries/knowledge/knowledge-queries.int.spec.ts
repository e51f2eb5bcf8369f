import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { knowledgeStreamId, type Category, type KnowledgeEvent } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { FeedbackNotFoundError, KnowledgeCaseNotFoundError } from '@ledger/feedback';
import { SqliteReadStore } from '@ledger/read-store';
import { applyBatch } from '../../apply-batch';
import { knowledgeProjection } from '../../views/knowledge.projection';
import { TICKET_STATES, TICKETS } from '../../views/ticket-document';
import { VIEWS_PROJECTOR, ViewFreshness, ViewsBehindError } from '../view-freshness';
import { GetKnowledgeCaseHandler } from './get-knowledge-case.handler';
import { GetKnowledgeCaseQuery, SearchKnowledgeQuery, SuggestedCasesQuery } from './knowledge.queries';
import { SearchKnowledgeHandler } from './search-knowledge.handler';
import { SuggestedCasesHandler } from './suggested-cases.handler';

/** Sorts after every filler id, so it is only found if the search reads past the first page. */
const LAST_ID = 'ffffffff-0000-4000-8000-000000000000';
const REFUND_ID = 'aaaaaaaa-0000-4000-8000-000000000000';
const FILLERS = 1_200;

let position = 0n;
const onCase = (caseId: string, event: KnowledgeEvent): RecordedEvent => ({
  streamId: knowledgeStreamId(caseId),
  revision: 0,
  position: ++position,
  id: `event-${position}`,
  type: event.type,
  data: { ...event.data },
  metadata: {},
  createdAt: new Date('2023-10-02T08:00:00Z'),
});

const publication = (
  caseId: string,
  text: { title: string; symptom: string; solution: string },
  category: Category = 'function_issue',
  topics: string[] = [],
): RecordedEvent =>
  onCase(caseId, {
    type: 'KnowledgeCasePublished',
    data: {
      caseId,
      ...text,
      cause: '',
      category,
      topics,
      source: { kind: 'problem', problemId: 'p-1' },
      by: 'agent-wang',
      publishedAt: '2023-10-02T08:00:00.000Z',
    },
  });

const fillerId = (n: number) => `0000${n.toString(16).padStart(4, '0')}-0000-4000-8000-000000000000`;

describe('knowledge queries on real SQLite views', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-knowledge-views-'));
  const views = SqliteReadStore.open(join(dir, 'views.sqlite'));
  const freshness = new ViewFreshness(views, 50);
  const search = new SearchKnowledgeHandler(views, freshness);
  const get = new GetKnowledgeCaseHandler(views, freshness);
  const suggest = new SuggestedCasesHandler(views, freshness);
  const projection = knowledgeProjection();
  let checkpoint: bigint | null = null;

  async function project(events: RecordedEvent[]): Promise<void> {
    await applyBatch(views, [projection], events, { projector: VIEWS_PROJECTOR, continuesFrom: checkpoint });
    checkpoint = events[events.length - 1].position;
  }

  beforeAll(async () => {
    await views.define([
      ...projection.collections,
      { name: TICKETS, indexes: [] },
      { name: TICKET_STATES, indexes: [] },
    ]);
    const fillers = Array.from({ length: FILLERS }, (_, n) =>
      publication(fillerId(n), {
        title: `Routine case ${n}`,
        symptom: 'Something small went wrong',
        solution: 'Retry later',
      }),
    );
    await project(fillers.slice(0, 600));
    await project(fillers.slice(600));
    await project([
      publication(LAST_ID, {
        title: 'Invoice export crashes the app',
        symptom: 'The app closes when an export starts',
        solution: 'Upgrade to 5.2.1',
      }),
      publication(
        REFUND_ID,
        { title: '退款未到账', symptom: '申请退款七天后仍未收到', solution: '财务重新提交退款' },
        'complaint',
        ['payment'],
      ),
    ]);
    await views.commit({
      projector: VIEWS_PROJECTOR,
      position: ++position,
      continuesFrom: checkpoint,
      changes: [
        {
          collection: TICKETS,
          id: 'ticket-1',
          document: { id: 'ticket-1', category: 'function_issue', topics: ['performance'] },
        },
        {
          collection: TICKET_STATES,
          id: 'ticket-1',
          // The customer wrote of refunds; only the staff's resolution may count.
          document: {
            id: 'ticket-1',
            ticket: {
              content: '退款未到账 退款未到账',
              resolution: { solution: 'export crash fixed by upgrade' },
            },
          },
        },
      ],
    });
    checkpoint = position;
  });
  afterAll(async () => {
    await views.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ranks every published case, reading them a page at a time', async () => {
    const { items } = await search.execute(
      new SearchKnowledgeQuery({ q: 'crashed exporting invoices', limit: 5 }),
    );
    expect(items.map((hit) => hit.id)).toEqual([LAST_ID]);
    expect(items[0]).toMatchObject({
      title: 'Invoice export crashes the app',
      matched: ['crash', 'export', 'invoic'],
    });
    expect(items[0]).not.toHaveProperty('terms');
    const routine = await search.execute(new SearchKnowledgeQuery({ q: 'routine case', limit: 3 }));
    expect(routine.items).toHaveLength(3);
  });

  it('narrows by category without changing the scores', async () => {
    const all = await search.execute(new SearchKnowledgeQuery({ q: '退款 crash', limit: 10 }));
    const complaints = await search.execute(
      new SearchKnowledgeQuery({ q: '退款 crash', category: 'complaint', limit: 10 }),
    );
    expect(complaints.items.map((hit) => hit.id)).toEqual([REFUND_ID]);
    expect(complaints.items[0].score).toBe(all.items.find((hit) => hit.id === REFUND_ID)?.score);
  });

  it('suggests from the ticket’s category, topics and resolution, never from what the customer wrote', async () => {
    const { items } = await suggest.execute(new SuggestedCasesQuery('ticket-1'));
    expect(items.map((item) => item.id)).toEqual([LAST_ID]);
    expect(items[0]).toMatchObject({ sameCategory: true, sharedTopics: [] });
    await expect(suggest.execute(new SuggestedCasesQuery('ticket-2'))).rejects.toBeInstanceOf(
      FeedbackNotFoundError,
    );
  });

  it('leaves a withdrawn case out of searches and suggestions, but gets it by id', async () => {
    await project([
      onCase(LAST_ID, {
        type: 'KnowledgeCaseWithdrawn',
        data: { reason: 'fixed', by: 'agent-li', withdrawnAt: '2023-10-05T08:00:00.000Z' },
      }),
    ]);
    const at = checkpoint ?? undefined;
    expect(
      (await search.execute(new SearchKnowledgeQuery({ q: 'invoice crash', limit: 5, minPosition: at })))
        .items,
    ).toEqual([]);
    expect((await suggest.execute(new SuggestedCasesQuery('ticket-1', at))).items).toEqual([]);
    expect(await get.execute(new GetKnowledgeCaseQuery(LAST_ID, at))).toMatchObject({ status: 'withdrawn' });
  });

  it('answers 404 for an unknown case, and waits for the views no longer than told', async () => {
    await expect(get.execute(new GetKnowledgeCaseQuery(fillerId(FILLERS)))).rejects.toBeInstanceOf(
      KnowledgeCaseNotFoundError,
    );
    await expect(get.execute(new GetKnowledgeCaseQuery(REFUND_ID, position + 10n))).rejects.toBeInstanceOf(
      ViewsBehindError,
    );
  });
});
