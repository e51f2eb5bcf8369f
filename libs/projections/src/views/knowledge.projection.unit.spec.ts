import { DEFAULT_TAXONOMY, TAXONOMY_STREAM } from '@ledger/classifier';
import { knowledgeStreamId, type KnowledgeEvent } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import type { ReadDocument } from '@ledger/read-store';
import type { ViewWriter } from '../projection';
import { KNOWLEDGE_CASES, knowledgeCaseOf, type KnowledgeCaseDocument } from './knowledge-case-document';
import { knowledgeProjection } from './knowledge.projection';

const CASE_ID = 'c0000000-0000-4000-8000-000000000001';

/** The documents a projection wrote, kept in memory. */
class MemoryViews implements ViewWriter {
  readonly documents = new Map<string, ReadDocument>();
  async get<T extends ReadDocument>(collection: string, id: string): Promise<T | undefined> {
    return this.documents.get(`${collection}/${id}`) as T | undefined;
  }
  put(collection: string, document: ReadDocument): void {
    this.documents.set(`${collection}/${document.id}`, document);
  }
  delete(collection: string, id: string): void {
    this.documents.delete(`${collection}/${id}`);
  }
  knowledgeCase(id = CASE_ID): KnowledgeCaseDocument | undefined {
    return this.documents.get(`${KNOWLEDGE_CASES}/${id}`) as KnowledgeCaseDocument | undefined;
  }
}

let position = 0n;
const recorded = (streamId: string, type: string, data: object): RecordedEvent => ({
  streamId,
  revision: 0,
  position: ++position,
  id: `event-${position}`,
  type,
  data: { ...data },
  metadata: {},
  createdAt: new Date('2023-10-02T08:00:00Z'),
});
const onCase = (event: KnowledgeEvent, caseId = CASE_ID) =>
  recorded(knowledgeStreamId(caseId), event.type, event.data);

const published = (caseId = CASE_ID): KnowledgeEvent => ({
  type: 'KnowledgeCasePublished',
  data: {
    caseId,
    title: '登入後頁面載入緩慢',
    symptom: 'APP 登入後首頁轉圈',
    cause: '',
    solution: 'Clear the cache and log in again',
    category: 'function_issue',
    topics: ['account'],
    source: { kind: 'ticket', feedbackId: 'f-1', ticketNo: 'CRM202310010001' },
    by: 'agent-wang',
    publishedAt: '2023-10-02T08:00:00.000Z',
  },
});

describe('the knowledge projection', () => {
  it('keeps each case with its terms: Taiwan phrases read as mainland Simplified, English stemmed', async () => {
    const views = new MemoryViews();
    await knowledgeProjection().apply(onCase(published()), views);
    const document = views.knowledgeCase();
    expect(document).toMatchObject({
      id: CASE_ID,
      status: 'published',
      revision: 1,
      category: 'function_issue',
    });
    expect(document?.terms.title).toEqual(expect.arrayContaining(['登录', '页面', '加载', '缓慢']));
    expect(document?.terms.solution).toEqual(['clear', 'cach', 'log']);
    // The topic by its key and by the words of the shipped taxonomy's label, "Account and login".
    expect(document?.terms.topics).toEqual(['account', 'login']);
    expect(document && knowledgeCaseOf(document)).not.toHaveProperty('terms');
  });

  it('indexes a revision again, and keeps the terms of a withdrawn case', async () => {
    const views = new MemoryViews();
    const projection = knowledgeProjection();
    await projection.apply(onCase(published()), views);
    await projection.apply(
      onCase({
        type: 'KnowledgeCaseRevised',
        data: { solution: 'Upgrade to 5.2.1', by: 'agent-li', revisedAt: '2023-10-03T08:00:00.000Z' },
      }),
      views,
    );
    const revised = views.knowledgeCase();
    expect(revised).toMatchObject({ revision: 2, solution: 'Upgrade to 5.2.1' });
    expect(revised?.terms.solution).toEqual(['upgrad', '5.2.1']);
    await projection.apply(
      onCase({
        type: 'KnowledgeCaseWithdrawn',
        data: { reason: 'fixed in 5.3', by: 'agent-li', withdrawnAt: '2023-10-04T08:00:00.000Z' },
      }),
      views,
    );
    expect(views.knowledgeCase()).toMatchObject({ status: 'withdrawn', terms: revised?.terms });
  });

  it('takes topic labels from the taxonomy as the log changed it', async () => {
    const views = new MemoryViews();
    const projection = knowledgeProjection();
    const taxonomy = {
      ...DEFAULT_TAXONOMY,
      topics: { ...DEFAULT_TAXONOMY.topics, account: { label: '账号与登录', phrases: {} } },
    };
    await projection.apply(recorded(TAXONOMY_STREAM, 'TaxonomyChanged', { revision: 1, taxonomy }), views);
    await projection.apply(onCase(published()), views);
    expect(views.knowledgeCase()?.terms.topics).toEqual(expect.arrayContaining(['account', '账号', '登录']));
    expect(views.knowledgeCase()?.terms.topics).not.toContain('login');
  });

  it('leaves other streams and unknown events alone', async () => {
    const views = new MemoryViews();
    const projection = knowledgeProjection();
    await projection.apply(recorded('feedback-1', 'FeedbackReceived', { content: 'x' }), views);
    await projection.apply(recorded(knowledgeStreamId(CASE_ID), 'KnowledgeCaseFeatured', {}), views);
    await projection.apply(
      onCase({ type: 'KnowledgeCaseWithdrawn', data: { reason: 'x', by: 'a', withdrawnAt: 'now' } }),
      views,
    );
    expect(views.documents.size).toBe(0);
  });
});
