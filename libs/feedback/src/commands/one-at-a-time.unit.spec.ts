import { OneAtATime } from './one-at-a-time';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('OneAtATime', () => {
  it('runs the work of one key in turn, in arrival order, and other keys alongside', async () => {
    const turns = new OneAtATime();
    const log: string[] = [];
    const work = (name: string) => async () => {
      log.push(`${name} starts`);
      await tick();
      log.push(`${name} ends`);
      return name;
    };
    const results = await Promise.all([
      turns.run('a', work('a1')),
      turns.run('a', work('a2')),
      turns.run('b', work('b1')),
    ]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    const at = (entry: string): number => log.indexOf(entry);
    expect(at('a2 starts')).toBeGreaterThan(at('a1 ends'));
    expect(at('b1 starts')).toBeLessThan(at('a1 ends'));
  });

  it('lets the next in line run after a failure, which only its own caller sees', async () => {
    const turns = new OneAtATime();
    const failing = turns.run('a', () => Promise.reject(new Error('conflict')));
    const next = turns.run('a', () => Promise.resolve('ran'));
    await expect(failing).rejects.toThrow('conflict');
    await expect(next).resolves.toBe('ran');
  });
});
