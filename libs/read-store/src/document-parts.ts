import { checkField } from './field-name';
import type { DocumentQuery } from './read-store.port';

/** The parts a query reads, as a tree of path segments: a leaf is read whole. */
export type PartTree = { [segment: string]: PartTree | true };

/**
 * The parts a query with `fields` reads: those fields, its sort fields and the id; undefined
 * when it reads whole documents. Every segment must be a plain identifier.
 */
export function partsOf(query: DocumentQuery): PartTree | undefined {
  if (!query.fields) return undefined;
  const tree: PartTree = { id: true };
  for (const path of [...query.fields, ...(query.sort ?? []).map((key) => key.field)]) {
    const segments = path.split('.').map(checkField);
    let node = tree;
    for (const [i, segment] of segments.entries()) {
      if (i === segments.length - 1) {
        node[segment] = true;
        break;
      }
      const child = node[segment];
      // A part read whole already holds everything below it.
      if (child === true) break;
      node = child ?? (node[segment] = {});
    }
  }
  return tree;
}

/** Every path of the tree, dot-joined, for adapters that name parts by path. */
export function pathsOf(tree: PartTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([segment, child]) =>
    child === true ? [`${prefix}${segment}`] : pathsOf(child, `${prefix}${segment}.`),
  );
}
