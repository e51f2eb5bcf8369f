import { readdirSync, readFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
}

/** A part of the work, known by the code on the stack: the first stage any frame matches names the sample. */
export interface Stage {
  readonly name: string;
  /** Fragments of a frame's file (without extension) or of `function file`, any of which places it here. */
  readonly frames: readonly string[];
}

export interface StageShare {
  readonly stage: string;
  readonly share: number;
}

/** Samples taken while modules load are start-up, not the work measured. */
const START_UP = 'Module._load';

/** The profiles (`--cpu-prof`) written to `dir`. */
export const profilesIn = (dir: string): CpuProfile[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as CpuProfile);

/**
 * The share of samples spent in each stage, in the stages' order, then `other`; samples of
 * start-up and of an idle thread are left out of the count, so the shares add up to the work.
 */
export function timeByStage(profiles: readonly CpuProfile[], stages: readonly Stage[]): StageShare[] {
  const counts = new Map<string, number>();
  let total = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const stageOf = new Map<number, string | null>();
    for (const id of profile.samples) {
      if (!stageOf.has(id)) stageOf.set(id, classify(id, byId, parent, stages));
      const stage = stageOf.get(id);
      if (stage === null || stage === undefined) continue;
      counts.set(stage, (counts.get(stage) ?? 0) + 1);
      total += 1;
    }
  }
  return [...stages.map((stage) => stage.name), 'other']
    .map((stage) => ({
      stage,
      share: Math.round(((counts.get(stage) ?? 0) / Math.max(total, 1)) * 1000) / 10,
    }))
    .filter(({ share }) => share > 0);
}

function classify(
  leaf: number,
  byId: ReadonlyMap<number, ProfileNode>,
  parent: ReadonlyMap<number, number>,
  stages: readonly Stage[],
): string | null {
  const frames: string[] = [];
  for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
    const frame = byId.get(id)?.callFrame;
    if (frame) frames.push(`${frame.functionName} ${frame.url.replace(/\.(js|ts|cjs|mjs)$/, '')}`);
  }
  if (frames[0]?.startsWith('(idle)') || frames.some((frame) => frame.startsWith(START_UP))) return null;
  for (const stage of stages) {
    if (frames.some((frame) => stage.frames.some((fragment) => frame.includes(fragment)))) return stage.name;
  }
  return 'other';
}

/** Runs `work` under the V8 profiler of this process and returns its profile. */
export async function profileWhile(work: () => Promise<void>): Promise<CpuProfile> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string): Promise<T> =>
    new Promise((resolve, reject) =>
      session.post(method, (error, result) => (error ? reject(error) : resolve(result as T))),
    );
  try {
    await post('Profiler.enable');
    await post('Profiler.start');
    await work();
    return (await post<{ profile: CpuProfile }>('Profiler.stop')).profile;
  } finally {
    session.disconnect();
  }
}

/** The shares as a markdown table. */
export const stageTable = (shares: readonly StageShare[]): string[] => [
  '| stage | share of samples (%) |',
  '|---|---|',
  ...shares.map(({ stage, share }) => `| ${stage} | ${share} |`),
];
