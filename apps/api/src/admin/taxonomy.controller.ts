import { Body, Controller, Get, HttpCode, Put, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { taxonomyProblems, type Taxonomy, type TaxonomyRevision } from '@ledger/classifier';
import {
  ChangeTaxonomyCommand,
  GetTaxonomyHistoryQuery,
  GetTaxonomyQuery,
  type CommandContext,
  type TaxonomyChangeSummary,
} from '@ledger/feedback';
import { CommandCtx } from '../http/command-context.decorator';
import { badRequest } from '../http/validation-pipe';
import { etagOf, type HeaderReply } from '../feedback/reply-headers';
import { ChangeTaxonomyDto } from './change-taxonomy.dto';

/**
 * The classifier's taxonomy as data (SPEC §2): read it, replace it while the service runs, and
 * read the history of changes. Each change is an event; the next feedback is classified with it.
 */
@Controller('taxonomy')
export class TaxonomyController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  async get(@Res({ passthrough: true }) reply: HeaderReply): Promise<TaxonomyRevision> {
    const current = await this.queries.execute(new GetTaxonomyQuery());
    reply.header('ETag', etagOf(current.revision));
    return current;
  }

  @Get('history')
  history(): Promise<TaxonomyChangeSummary[]> {
    return this.queries.execute(new GetTaxonomyHistoryQuery());
  }

  @Put()
  @HttpCode(200)
  async change(
    @Body() body: ChangeTaxonomyDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<TaxonomyRevision> {
    const problems = taxonomyProblems(body.taxonomy);
    if (problems.length > 0) throw badRequest(problems);
    const changed = await this.commands.execute(
      new ChangeTaxonomyCommand(body.taxonomy as unknown as Taxonomy, body.reason, context),
    );
    reply.header('ETag', etagOf(changed.revision));
    return changed;
  }
}
