import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A tmpfs of a fixed size mounted for a test: a real disk that fills up. */
export interface SmallFileSystem {
  readonly dir: string;
  /** Writes a filler file until the file system has no byte left. */
  fill(): void;
  /** Deletes the filler: space again. */
  free(): void;
  unmount(): void;
}

/**
 * Mounts a tmpfs of `size` (`mount -o size=`) at a new directory; undefined where this machine does
 * not allow it (not root, no mount capability in a container), so a test runs only where it can.
 */
export function mountSmallFileSystem(size: string): SmallFileSystem | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'ledger-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  const filler = join(dir, 'filler');
  return {
    dir,
    fill: () => {
      const fd = openSync(filler, 'a');
      try {
        // Large writes first, then ever smaller ones, until not a byte more fits.
        for (let chunk = 1 << 20; chunk >= 1; chunk >>= 2) {
          const bytes = Buffer.alloc(chunk, 0x2e);
          for (;;) {
            try {
              if (writeSync(fd, bytes) < chunk) break;
            } catch (error) {
              if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
              break;
            }
          }
        }
      } finally {
        closeSync(fd);
      }
    },
    free: () => rmSync(filler, { force: true }),
    unmount: () => {
      execFileSync('umount', [dir], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
