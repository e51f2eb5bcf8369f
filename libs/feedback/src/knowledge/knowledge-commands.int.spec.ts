import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { knowledgeStreamId, problemStreamId, type ProblemEvent } from '@ledger/domain';
import { SqliteEventStore } from '@ledger/event-store';
import type { CommandContext } from '../command-context';
import {
  CommandRefusedError,
  FeedbackNotFoundError,
  IdempotencyKeyReusedError,
} from '../errors/feedback-errors';
import { KnowledgeCaseConflictError, KnowledgeCaseNotFoundError } from '../errors/knowledge-errors';
import { ProblemNotFoundError } from '../problems/problem-commands';
import {
  PublishCaseCommand,
  ReviseCaseCommand,
  WithdrawCaseCommand,
  type PublishCaseRequest,
} from './knowledge-commands';
import { PublishCaseHandler } from './publish-case.handler';
import { ReviseCaseHandler } from './revise-case.handler';
import { WithdrawCaseHandler } from './withdraw-case.handler';

const NOW = '2023-10-20T08:00:00.000Z';
const clock = { now: () => new Date(NOW) };

const context = (overrides: Partial<CommandContext> = {}): CommandContext => {
  const commandId = overrides.commandId ?? randomUUID();
  return {
    commandId,
    keyedByClient: false,
    actor: 'agent-wang',
    correlationId: commandId,
    causationId: commandId,
    requestHash: 'hash-1',
    ...overrides,
  };
};

const keyed = (key: string, requestHash = 'hash-1') =>
  context({ commandId: key, keyedByClient: true, requestHash });

describe('knowledge commands on a real SQLite log', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-knowledge-'));
  const store = SqliteEventStore.open(join(dir, 'events.sqlite'));
  const publisher = new PublishCaseHandler(store, clock);
  const reviser = new ReviseCaseHandler(store, clock);
  const withdrawer = new WithdrawCaseHandler(store, clock);

  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function problem(closed: boolean, category?: 'function_issue'): Promise<string> {
    const problemId = randomUUID();
    const events: ProblemEvent[] = [
      {
        type: 'ProblemOpened',
        data: {
          problemId,
          title: '登录后首页很慢',
          ...(category ? { category } : {}),
          topics: ['performance', 'account'],
          origin: 'manual',
          feedbackIds: [],
          by: 'supervisor-chen',
          openedAt: '2023-10-02T08:00:00.000Z',
        },
      },
      {
        type: 'RootCauseRecorded',
        data: {
          method: 'data',
          findings: '登录时一次拉取全部订单',
          causes: ['订单接口没有分页', ' '],
          by: 'supervisor-chen',
          recordedAt: '2023-10-05T08:00:00.000Z',
        },
      },
    ];
    if (closed) {
      events.push({
        type: 'ProblemClosed',
        data: { reason: '效果良好', by: 'supervisor-chen', closedAt: '2023-10-19T08:00:00.000Z' },
      });
    }
    await store.appendToStream(
      problemStreamId(problemId),
      events.map((event) => ({ id: randomUUID(), type: event.type, data: { ...event.data }, metadata: {} })),
      'no_stream',
    );
    return problemId;
  }

  const fromProblem = (problemId: string, more: Partial<PublishCaseRequest> = {}): PublishCaseRequest => ({
    source: { problemId },
    title: '登录后首页转圈',
    symptom: '登录后首页转圈超过十秒',
    solution: '升级到 5.2.1',
    ...more,
  });

  it('publishes from a closed problem with its category, topics and analysis as defaults', async () => {
    const problemId = await problem(true, 'function_issue');
    const published = await publisher.execute(new PublishCaseCommand(fromProblem(problemId), context()));
    expect(published).toMatchObject({
      status: 'published',
      category: 'function_issue',
      topics: ['performance', 'account'],
      cause: '订单接口没有分页\n登录时一次拉取全部订单',
      solution: '升级到 5.2.1',
      source: { kind: 'problem', problemId },
      publishedBy: 'agent-wang',
      publishedAt: NOW,
      revision: 1,
    });
    expect(published.id).toMatch(/^[0-9a-f-]{36}$/);
    const [event] = await store.readStream(knowledgeStreamId(published.id));
    expect(event.position.toString()).toBe(published.position);
  });

  it('refuses a problem not closed, one without a category, and sources that do not exist', async () => {
    const open = await problem(false, 'function_issue');
    await expect(
      publisher.execute(new PublishCaseCommand(fromProblem(open), context())),
    ).rejects.toMatchObject({ refusal: { rule: 'ProblemNotClosed' } });
    const uncategorised = await problem(true);
    await expect(
      publisher.execute(new PublishCaseCommand(fromProblem(uncategorised), context())),
    ).rejects.toMatchObject({ refusal: { rule: 'CategoryRequired' } });
    expect(
      await publisher.execute(
        new PublishCaseCommand(fromProblem(uncategorised, { category: 'experience' }), context()),
      ),
    ).toMatchObject({ category: 'experience' });
    await expect(
      publisher.execute(new PublishCaseCommand(fromProblem(randomUUID()), context())),
    ).rejects.toBeInstanceOf(ProblemNotFoundError);
    await expect(
      publisher.execute(
        new PublishCaseCommand({ ...fromProblem(''), source: { feedbackId: randomUUID() } }, context()),
      ),
    ).rejects.toBeInstanceOf(FeedbackNotFoundError);
    const withoutSolution = fromProblem(await problem(true, 'function_issue'), { solution: undefined });
    await expect(
      publisher.execute(new PublishCaseCommand(withoutSolution, context())),
    ).rejects.toBeInstanceOf(CommandRefusedError);
  });

  it('publishes once per Idempotency-Key, also when the repeats race', async () => {
    const request = fromProblem(await problem(true, 'function_issue'));
    const [first, ...repeats] = await Promise.all(
      [1, 2, 3].map(() => publisher.execute(new PublishCaseCommand(request, keyed('publish-once')))),
    );
    for (const repeat of repeats) expect(repeat).toEqual(first);
    expect(await store.readStream(knowledgeStreamId(first.id))).toHaveLength(1);
    await expect(
      publisher.execute(new PublishCaseCommand(request, keyed('publish-once', 'hash-2'))),
    ).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
  });

  it('revises and withdraws, answering a retried command as the first time', async () => {
    const { id } = await publisher.execute(
      new PublishCaseCommand(fromProblem(await problem(true, 'function_issue')), context()),
    );
    const revise = new ReviseCaseCommand(id, { title: '登录后首页加载慢' }, keyed('revise-1'));
    const revised = await reviser.execute(revise);
    expect(revised).toMatchObject({ title: '登录后首页加载慢', revision: 2 });
    expect(await reviser.execute(revise)).toEqual(revised);
    const unchanged = await reviser.execute(
      new ReviseCaseCommand(id, { title: '登录后首页加载慢' }, context()),
    );
    expect(unchanged).toEqual(revised);

    const withdraw = new WithdrawCaseCommand(id, '5.3 已修复', keyed('withdraw-1'));
    const withdrawn = await withdrawer.execute(withdraw);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawal: { reason: '5.3 已修复' } });
    expect(await withdrawer.execute(withdraw)).toEqual(withdrawn);
    expect(await store.readStream(knowledgeStreamId(id))).toHaveLength(3);
    await expect(withdrawer.execute(new WithdrawCaseCommand(id, 'again', context()))).rejects.toMatchObject({
      refusal: { rule: 'WithdrawNotAllowedWhenWithdrawn', kind: 'illegal_transition' },
    });
  });

  it('refuses a stale If-Match with the current revision, and unknown cases', async () => {
    const { id } = await publisher.execute(
      new PublishCaseCommand(fromProblem(await problem(true, 'function_issue')), context()),
    );
    const stale = reviser.execute(
      new ReviseCaseCommand(id, { title: 'x' }, context({ expectedRevision: 3 })),
    );
    await expect(stale).rejects.toBeInstanceOf(KnowledgeCaseConflictError);
    await expect(stale).rejects.toMatchObject({ expectedRevision: 3, actualRevision: 1 });
    expect(
      await reviser.execute(new ReviseCaseCommand(id, { title: 'x' }, context({ expectedRevision: 1 }))),
    ).toMatchObject({ title: 'x', revision: 2 });
    await expect(
      reviser.execute(new ReviseCaseCommand(randomUUID(), { title: 'x' }, context())),
    ).rejects.toBeInstanceOf(KnowledgeCaseNotFoundError);
    await expect(
      withdrawer.execute(new WithdrawCaseCommand(randomUUID(), 'x', context())),
    ).rejects.toBeInstanceOf(KnowledgeCaseNotFoundError);
  });

  it('decides again when another revision got in first', async () => {
    const { id } = await publisher.execute(
      new PublishCaseCommand(fromProblem(await problem(true, 'function_issue')), context()),
    );
    const results = await Promise.all(
      ['标题一', '标题二', '标题三'].map((title) =>
        reviser.execute(new ReviseCaseCommand(id, { title }, context())),
      ),
    );
    expect(results.map((result) => result.revision).sort()).toEqual([2, 3, 4]);
    expect(await store.readStream(knowledgeStreamId(id))).toHaveLength(4);
  });
});
