import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  actionIdFor,
  ChangeProblemCommand,
  CLOCK,
  GetProblemQuery,
  OpenProblemCommand,
  type Clock,
  type CommandContext,
  type ProblemChange,
  type ProblemResult,
  type ProblemView,
} from '@ledger/feedback';
import {
  ListProblemsQuery,
  ProblemSuggestionsQuery,
  type ProblemRow,
  type ProblemSuggestion,
} from '@ledger/projections';
import type { Page } from '@ledger/read-store';
import { CommandCtx } from '../http/command-context.decorator';
import {
  ActionIdDto,
  CloseProblemDto,
  CompleteActionDto,
  EvaluateEffectDto,
  LinkTicketDto,
  ListProblemsDto,
  OpenProblemDto,
  PlanActionDto,
  ProblemIdDto,
  ProblemSuggestionsDto,
  RootCauseDto,
} from './problem.dto';

/**
 * Problem management (SPEC §9): repeated feedback grouped under a problem, its root cause,
 * corrective actions with owners and due dates, the effect check, and closing.
 */
@Controller('problems')
export class ProblemsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Opens a problem over tickets that show it (201); `Idempotency-Key` makes a retry find it again. */
  @Post()
  open(@Body() body: OpenProblemDto, @CommandCtx() context: CommandContext): Promise<ProblemResult> {
    const { origin = 'manual', topics = [], ...rest } = body;
    return this.commands.execute(new OpenProblemCommand({ ...rest, origin, topics }, context));
  }

  /** Problems, newest first; `status` narrows to some statuses. */
  @Get()
  list(@Query() query: ListProblemsDto): Promise<Page<ProblemRow>> {
    return this.queries.execute(
      new ListProblemsQuery({
        ...(query.status && { status: query.status.split(',') }),
        limit: query.limit ?? 50,
        ...(query.after && { after: query.after }),
        ...(query.minPosition && { minPosition: BigInt(query.minPosition) }),
      }),
    );
  }

  /**
   * Problems worth opening: repeat complaints of the last `days` clustered on one category or
   * topic (at least `minRepeats`), and the subjects of active spike alerts, each with the tickets
   * to open it over and any open problem that already covers the subject.
   */
  @Get('suggestions')
  suggestions(@Query() query: ProblemSuggestionsDto): Promise<ProblemSuggestion[]> {
    return this.queries.execute(
      new ProblemSuggestionsQuery(this.clock.now().toISOString(), query.days ?? 30, query.minRepeats ?? 3),
    );
  }

  /** A problem as its stream tells it, with its effect check computed now. */
  @Get(':id')
  get(@Param() { id }: ProblemIdDto): Promise<ProblemView> {
    return this.queries.execute(new GetProblemQuery(id.toLowerCase()));
  }

  /** Links another ticket that shows the problem. */
  @Post(':id/tickets')
  @HttpCode(200)
  link(@Param() { id }: ProblemIdDto, @Body() body: LinkTicketDto, @CommandCtx() context: CommandContext) {
    return this.change(
      id,
      { type: 'LinkTicket', data: { feedbackId: body.feedbackId.toLowerCase() } },
      context,
    );
  }

  /** Records the root-cause analysis; a later one replaces it. */
  @Post(':id/root-cause')
  @HttpCode(200)
  rootCause(
    @Param() { id }: ProblemIdDto,
    @Body() body: RootCauseDto,
    @CommandCtx() context: CommandContext,
  ) {
    return this.change(id, { type: 'RecordRootCause', data: body }, context);
  }

  /** Plans a corrective action with its owner and due date; the SLA clock watches the date. */
  @Post(':id/actions')
  @HttpCode(200)
  plan(@Param() { id }: ProblemIdDto, @Body() body: PlanActionDto, @CommandCtx() context: CommandContext) {
    const data = {
      ...body,
      actionId: actionIdFor(context.commandId),
      dueAt: new Date(body.dueAt).toISOString(),
    };
    return this.change(id, { type: 'PlanCorrectiveAction', data }, context);
  }

  @Post(':id/actions/:actionId/complete')
  @HttpCode(200)
  complete(
    @Param() { id, actionId }: ActionIdDto,
    @Body() body: CompleteActionDto,
    @CommandCtx() context: CommandContext,
  ) {
    return this.change(
      id,
      { type: 'CompleteCorrectiveAction', data: { actionId: actionId.toLowerCase(), ...body } },
      context,
    );
  }

  /**
   * Records the effect check: the service counts the matching feedback in equal windows before
   * and after the last completed action, and records them with the verdict.
   */
  @Post(':id/evaluate')
  @HttpCode(200)
  evaluate(
    @Param() { id }: ProblemIdDto,
    @Body() body: EvaluateEffectDto,
    @CommandCtx() context: CommandContext,
  ) {
    return this.change(id, { type: 'EvaluateEffect', data: body }, context);
  }

  /** Closes the problem; refused while corrective actions are open. */
  @Post(':id/close')
  @HttpCode(200)
  close(@Param() { id }: ProblemIdDto, @Body() body: CloseProblemDto, @CommandCtx() context: CommandContext) {
    return this.change(id, { type: 'CloseProblem', data: body }, context);
  }

  private change(id: string, change: ProblemChange, context: CommandContext): Promise<ProblemResult> {
    return this.commands.execute(new ChangeProblemCommand(id.toLowerCase(), change, context));
  }
}
