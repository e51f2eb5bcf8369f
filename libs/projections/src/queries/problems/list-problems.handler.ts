import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { READ_STORE, type Page, type ReadStore } from '@ledger/read-store';
import { PROBLEMS, type ProblemDocument, type ProblemRow } from '../../views/problems.projection';
import { ViewFreshness } from '../view-freshness';
import { ListProblemsQuery, ProblemActionsDueQuery } from './problem-queries';

/** Newest first, optionally of some statuses only. */
@QueryHandler(ListProblemsQuery)
export class ListProblemsHandler implements IQueryHandler<ListProblemsQuery, Page<ProblemRow>> {
  constructor(
    @Inject(READ_STORE) private readonly views: ReadStore,
    private readonly freshness: ViewFreshness,
  ) {}

  async execute({ criteria }: ListProblemsQuery): Promise<Page<ProblemRow>> {
    await this.freshness.require(criteria.minPosition);
    const page = await this.views.query<ProblemDocument>(PROBLEMS, {
      ...(criteria.status && { filter: { status: { in: [...criteria.status] } } }),
      sort: [{ field: 'openedAt', direction: 'desc' }],
      limit: criteria.limit,
      ...(criteria.after && { after: criteria.after }),
    });
    return { ...page, items: page.items.map(({ problem: _problem, ...row }) => row) };
  }
}

@QueryHandler(ProblemActionsDueQuery)
export class ProblemActionsDueHandler implements IQueryHandler<
  ProblemActionsDueQuery,
  Page<ProblemDocument>
> {
  constructor(@Inject(READ_STORE) private readonly views: ReadStore) {}

  execute({ now, limit, after }: ProblemActionsDueQuery): Promise<Page<ProblemDocument>> {
    return this.views.query<ProblemDocument>(PROBLEMS, {
      filter: { nextActionDueAt: { lte: now } },
      sort: [{ field: 'nextActionDueAt', direction: 'asc' }],
      limit,
      ...(after && { after }),
    });
  }
}
