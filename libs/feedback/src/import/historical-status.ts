import type { Rating, Status } from '@ledger/domain';
import type { RowProblem } from './import-fields';

/** Which of a row's columns are filled, as far as its status depends on them. */
export interface StatusColumns {
  readonly category: boolean;
  readonly handler: boolean;
  readonly solution: boolean;
  readonly satisfaction?: Rating;
  readonly archived: boolean;
}

/**
 * The statuses a row's columns allow, the furthest first. Each stage needs the ones before it:
 * routing needs a category, work a handler, a rating or an archive date a solution.
 */
export function statusesAllowed(columns: StatusColumns): readonly Status[] {
  if (!columns.category) return ['received'];
  if (!columns.handler) return ['triaged', 'assigned'];
  if (!columns.solution) return ['in_progress', 'assigned', 'pending_test', 'pending_customer'];
  if (columns.archived) return ['archived'];
  if (columns.satisfaction === 'dissatisfied') return ['reopened'];
  if (columns.satisfaction) return ['closed'];
  return ['resolved', 'closed'];
}

type FilledColumns = StatusColumns & { readonly priority: boolean; readonly duration: boolean };

/** What each column needs besides itself: a rule holds when the row is fine by it. */
const PREREQUISITES: readonly (readonly [string, (filled: FilledColumns) => boolean, string])[] = [
  ['priority', (f) => f.priority || !f.category, 'priority is required with a category'],
  ['priority', (f) => f.category || !f.priority, 'a priority needs a category'],
  [
    'handler',
    (f) => f.category || !f.handler,
    'a handler needs a category (routing picks the department by it)',
  ],
  ['solution', (f) => f.handler || !f.solution, 'a solution needs a handler who worked on the ticket'],
  [
    'duration',
    (f) => f.duration || !f.solution,
    'duration is required with a solution: the resolution time is the submit time plus it',
  ],
  ['duration', (f) => f.solution || !f.duration, 'a duration needs a solution'],
  [
    'satisfaction',
    (f) => f.solution || !f.satisfaction,
    'satisfaction without a solution: only a resolved ticket is rated',
  ],
  [
    'archivedAt',
    (f) => f.solution || !f.archived,
    'only a resolved ticket is archived, and this row has no solution',
  ],
  [
    'archivedAt',
    (f) => f.satisfaction !== 'dissatisfied' || !f.archived,
    'a dissatisfied rating reopens the ticket, and a reopened ticket cannot be archived',
  ],
];

/** The columns that need another one filled, and which. */
export function missingPrerequisites(filled: FilledColumns): RowProblem[] {
  return PREREQUISITES.filter(([, holds]) => !holds(filled)).map(([field, , reason]) => ({ field, reason }));
}
