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
        .mockResolvedValueOnce({ items: [{ id: 'd' }] }),
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
});
