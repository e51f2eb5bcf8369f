import { pathsOf, type PartTree } from '../document-parts';

/**
 * Reads only some parts of each row's document. One `json_extract` with every path parses the
 * document once and answers a JSON array, one value per path; SQLite would parse it again for
 * each path read on its own.
 */
export class SqliteDocumentParts {
  private readonly paths: readonly string[];

  constructor(tree: PartTree) {
    // The id leads, so there are always two paths or more and the answer is always an array.
    this.paths = ['id', ...pathsOf(tree).filter((path) => path !== 'id')];
  }

  /** The column to select; every segment is a plain identifier (see partsOf). */
  get column(): string {
    const paths = this.paths.length > 1 ? this.paths : [...this.paths, 'id'];
    return `json_extract(doc, ${paths.map((path) => `'$.${path}'`).join(', ')})`;
  }

  /** The document of one selected row: the parts it has, at their paths; a null part is left out. */
  document(row: string): Record<string, unknown> {
    const values = JSON.parse(row) as unknown[];
    const document: Record<string, unknown> = {};
    this.paths.forEach((path, i) => {
      if (values[i] !== null && values[i] !== undefined) setAt(document, path.split('.'), values[i]);
    });
    return document;
  }
}

function setAt(document: Record<string, unknown>, segments: readonly string[], value: unknown): void {
  let node = document;
  for (const segment of segments.slice(0, -1)) {
    const child = node[segment];
    node = (child ?? (node[segment] = {})) as Record<string, unknown>;
  }
  node[segments[segments.length - 1]] = value;
}
