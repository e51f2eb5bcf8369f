import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly hitCount?: number;
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
}

/** Where a function's code lives: a package, a part of this repository, or the engine itself. */
function placeOf({ url, functionName }: ProfileNode['callFrame']): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  const own = /\/(libs\/[^/]+|apps\/[^/]+)\//.exec(url)?.[1];
  if (own) return own;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  if (url === '') return `(${functionName || 'engine'})`;
  return 'other';
}

/** The share of samples spent in each place, largest first, from the profiles in `dir`. */
export function selfTimeByPlace(dir: string, top = 12): { place: string; share: number }[] {
  const counts = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    for (const id of profile.samples) {
      const node = byId.get(id);
      if (!node) continue;
      const place = placeOf(node.callFrame);
      counts.set(place, (counts.get(place) ?? 0) + 1);
      total += 1;
    }
  }
  return [...counts.entries()]
    .map(([place, count]) => ({ place, share: Math.round((count / total) * 1000) / 10 }))
    .sort((a, b) => b.share - a.share)
    .slice(0, top);
}
