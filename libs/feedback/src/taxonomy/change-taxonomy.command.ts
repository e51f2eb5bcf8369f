import { Command } from '@nestjs/cqrs';
import type { Taxonomy, TaxonomyRevision } from '@ledger/classifier';
import type { CommandContext } from '../command-context';

/** Replaces the taxonomy in force; `context.expectedRevision` (If-Match) pins the revision replaced. */
export class ChangeTaxonomyCommand extends Command<TaxonomyRevision> {
  constructor(
    readonly taxonomy: Taxonomy,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
