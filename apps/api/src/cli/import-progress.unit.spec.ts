import { ImportProgress } from './import-progress';

function output(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('ImportProgress', () => {
  it('writes a line every so many rows when no terminal watches', () => {
    let now = 0;
    const out = output(false);
    const progress = new ImportProgress(out, 5, 2, () => now);
    for (let done = 1; done <= 5; done++) {
      now += 500;
      progress.update(done);
    }
    progress.finish(5);
    expect(out.written).toEqual(['2/5 rows, 2 rows/s\n', '4/5 rows, 2 rows/s\n']);
  });

  it('redraws a bar in place on a terminal, at most every 100 ms, and clears it for other lines', () => {
    let now = 0;
    const out = output(true);
    const progress = new ImportProgress(out, 4, 1000, () => now);
    now = 1000;
    progress.update(1);
    now = 1050;
    progress.update(2);
    progress.clear();
    now = 1100;
    progress.update(3);
    now = 2000;
    progress.finish(4);
    expect(out.written).toEqual([
      '\r\x1b[K[######..................] 1/4 rows, 1 rows/s',
      '\r\x1b[K',
      '\r\x1b[K[##################......] 3/4 rows, 3 rows/s',
      '\r\x1b[K',
      '[########################] 4/4 rows, 2 rows/s\n',
    ]);
  });
});
