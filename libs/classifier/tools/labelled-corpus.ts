import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, PRIORITIES, type Category, type Priority } from '@ledger/domain';

export interface LabelledText {
  readonly id: string;
  readonly lang: string;
  readonly text: string;
  readonly category: Category;
  readonly topics: readonly string[];
  readonly priority: Priority;
  readonly severity?: string;
  readonly sentiment: string;
}

/** Every `.jsonl` file of the folder, each line one labelled text; a malformed line stops the load. */
export function loadLabelledCorpus(folder: string): LabelledText[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) =>
      readFileSync(join(folder, name), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line, index) => checked(JSON.parse(line) as LabelledText, `${name}:${index + 1}`)),
    );
}

function checked(text: LabelledText, where: string): LabelledText {
  if (!text.id || !text.text || !CATEGORIES.includes(text.category) || !PRIORITIES.includes(text.priority)) {
    throw new Error(`${where}: a labelled text needs an id, a text, a category and a priority`);
  }
  return text;
}

/**
 * A third of the texts, chosen by a hash of their id, is held out: the taxonomy is tuned on the
 * rest and never on these. The choice depends on the id alone, so adding texts moves none.
 */
export function isHeldOut(id: string): boolean {
  return createHash('sha256').update(id).digest()[0] % 3 === 0;
}
