import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { KnowledgeCase } from '@ledger/domain';
import {
  PublishCaseCommand,
  ReviseCaseCommand,
  WithdrawCaseCommand,
  type CaseSourceReference,
  type CommandContext,
  type KnowledgeCaseResult,
} from '@ledger/feedback';
import {
  GetKnowledgeCaseQuery,
  SearchKnowledgeQuery,
  SuggestedCasesQuery,
  type KnowledgeHits,
  type SuggestedKnowledgeCases,
} from '@ledger/projections';
import { ReasonDto } from '../feedback/dto/assignment.dto';
import { FeedbackIdPipe } from '../feedback/feedback-id.pipe';
import { etagOf, type HeaderReply } from '../feedback/reply-headers';
import { CommandCtx } from '../http/command-context.decorator';
import { badRequest } from '../http/validation-pipe';
import { CaseIdPipe } from './case-id.pipe';
import { SearchKnowledgeDto, ViewPositionDto } from './dto/knowledge-queries.dto';
import { PublishCaseDto, type CaseSourceDto } from './dto/publish-case.dto';
import { ReviseCaseDto } from './dto/revise-case.dto';

const DEFAULT_LIMIT = 10;

const positionOf = (query: ViewPositionDto): bigint | undefined =>
  query.minPosition ? BigInt(query.minPosition) : undefined;

/** The ETag is the case's revision, which clients send back in If-Match. */
function withCaseHeaders<T extends KnowledgeCase>(reply: HeaderReply, knowledgeCase: T): T {
  reply.header('ETag', etagOf(knowledgeCase.revision));
  return knowledgeCase;
}

function referenceOf({ feedbackId, problemId }: CaseSourceDto): CaseSourceReference {
  if (feedbackId !== undefined) return { feedbackId };
  if (problemId !== undefined) return { problemId };
  // Validation refuses this before: kept so the types need no assertion.
  throw badRequest([{ field: 'source', reason: 'source must name exactly one of feedbackId and problemId' }]);
}

/** The knowledge base: typical cases learnt from resolved tickets and closed problems (SPEC §9). */
@Controller()
export class KnowledgeController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  /**
   * Publishes a case learnt from a resolved or closed ticket, or from a closed problem. The title
   * and symptom are the publisher's own words; the solution, cause, category and topics left out
   * are taken from the source (the ticket's resolution and classification, the problem's root
   * cause analysis), never from what the customer wrote. 404 when the source does not exist, 409
   * (`TicketNotResolved`, `ProblemNotClosed`) while it is not done.
   */
  @Post('knowledge')
  @HttpCode(201)
  async publish(
    @Body() dto: PublishCaseDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<KnowledgeCaseResult> {
    if (context.expectedRevision !== undefined) {
      throw badRequest([{ field: 'header if-match', reason: 'a new case has no revision to match' }]);
    }
    const { source, ...fields } = dto;
    const result = await this.commands.execute(
      new PublishCaseCommand({ ...fields, source: referenceOf(source) }, context),
    );
    reply.header('Location', `/knowledge/${result.id}`);
    return withCaseHeaders(reply, result);
  }

  /**
   * Searches the published cases, best first, each with its score (0 to 1) and the query terms it
   * matched. Traditional and Simplified Chinese read alike, Chinese is matched by words and by
   * pairs of characters, English by stems; a term in the title counts most.
   */
  @Get('knowledge')
  search(@Query() query: SearchKnowledgeDto): Promise<KnowledgeHits> {
    const { q, category, limit } = query;
    return this.queries.execute(
      new SearchKnowledgeQuery({
        q,
        ...(category ? { category } : {}),
        limit: limit ?? DEFAULT_LIMIT,
        minPosition: positionOf(query),
      }),
    );
  }

  /** One case, published or withdrawn, with its revision as the ETag. */
  @Get('knowledge/:caseId')
  async get(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Query() query: ViewPositionDto,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<KnowledgeCase> {
    return withCaseHeaders(
      reply,
      await this.queries.execute(new GetKnowledgeCaseQuery(caseId, positionOf(query))),
    );
  }

  /**
   * Changes the fields given (at least one); sending what the case already says records nothing.
   * `If-Match: "<revision>"` refuses a change made on a stale copy (409).
   */
  @Post('knowledge/:caseId/revise')
  @HttpCode(200)
  async revise(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() dto: ReviseCaseDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<KnowledgeCaseResult> {
    return withCaseHeaders(
      reply,
      await this.commands.execute(new ReviseCaseCommand(caseId, { ...dto }, context)),
    );
  }

  /** Takes the case out of searches and suggestions, with the reason; it stays readable by its id. */
  @Post('knowledge/:caseId/withdraw')
  @HttpCode(200)
  async withdraw(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() dto: ReasonDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<KnowledgeCaseResult> {
    return withCaseHeaders(
      reply,
      await this.commands.execute(new WithdrawCaseCommand(caseId, dto.reason, context)),
    );
  }

  /**
   * Up to 5 published cases for an agent working the ticket: same category first, then more
   * topics shared, then likeness of text. The ticket's text here is its category, topics and the
   * resolution staff wrote, never what the customer wrote.
   */
  @Get('feedback/:id/suggested-cases')
  suggested(
    @Param('id', FeedbackIdPipe) id: string,
    @Query() query: ViewPositionDto,
  ): Promise<SuggestedKnowledgeCases> {
    return this.queries.execute(new SuggestedCasesQuery(id, positionOf(query)));
  }
}
