import type { CommandBus, QueryBus } from '@nestjs/cqrs';
import { SlaClock } from './sla-clock';

describe('SlaClock', () => {
  const due = { items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };
  const clockAt = { now: () => new Date('2024-09-02T01:00:00Z') };

  it('checks every due ticket of every page in one tick', async () => {
    const checked: string[] = [];
    const queries = {
      execute: jest
        .fn()
        .mockResolvedValueOnce({ ...due, next: 'cursor' })
        .mockResolvedValueOnce({ items: [{ id: 'd' }] })
        .mockResolvedValueOnce({ items: [] }),
    };
    const commands = {
      execute: jest.fn(
        (command: { feedbackId: string }) => (checked.push(command.feedbackId), Promise.resolve(2)),
      ),
    };
    const clock = new SlaClock(commands as unknown as CommandBus, queries as unknown as QueryBus, clockAt);
    expect(await clock.tick()).toEqual({ checked: 4, recorded: 8 });
    expect(checked).toEqual(['a', 'b', 'c', 'd']);
  });

  it('stops a tick after the ticket under way, and starts no new one, once stopped', async () => {
    const queries = { execute: jest.fn().mockResolvedValue(due) };
    const self: { clock?: SlaClock } = {};
    let stopped: Promise<void> | undefined;
    const commands = {
      execute: jest.fn(() => {
        stopped ??= self.clock?.stop();
        return Promise.resolve(1);
      }),
    };
    const clock = new SlaClock(commands as unknown as CommandBus, queries as unknown as QueryBus, clockAt);
    self.clock = clock;
    expect(await clock.tick()).toEqual({ checked: 1, recorded: 1 });
    await stopped;
    expect(await clock.tick()).toEqual({ checked: 0, recorded: 0 });
    expect(commands.execute).toHaveBeenCalledTimes(1);
  });

  it('marks each open corrective action of a problem overdue once its due time has come', async () => {
    const action = (actionId: string, dueAt: string, more: object = {}) => ({
      actionId,
      dueAt,
      description: 'second courier',
      ownerDepartment: 'Logistics',
      owner: 'zhao.min',
      plannedAt: '2024-08-01T00:00:00Z',
      ...more,
    });
    const problem = {
      id: 'p-1',
      status: 'acting',
      actions: [
        action('late', '2024-09-01T00:00:00Z'),
        action('not-yet', '2024-09-03T00:00:00Z'),
        action('done', '2024-08-20T00:00:00Z', { completedAt: '2024-08-19T00:00:00Z' }),
        action('marked', '2024-08-25T00:00:00Z', { overdueAt: '2024-08-25T00:01:00Z' }),
      ],
    };
    const queries = {
      execute: jest
        .fn()
        .mockResolvedValueOnce({ items: [] })
        .mockResolvedValueOnce({ items: [{ id: 'p-1', problem }] }),
    };
    const sent: unknown[] = [];
    const commands = { execute: jest.fn((command: unknown) => (sent.push(command), Promise.resolve({}))) };
    const clock = new SlaClock(commands as unknown as CommandBus, queries as unknown as QueryBus, clockAt);
    expect(await clock.tick()).toEqual({ checked: 1, recorded: 1 });
    expect(sent).toEqual([
      expect.objectContaining({
        problemId: 'p-1',
        change: { type: 'MarkActionOverdue', data: { actionId: 'late' } },
        context: expect.objectContaining({ commandId: 'overdue/p-1/late', actor: 'sla-clock' }),
      }),
    ]);
  });
});
