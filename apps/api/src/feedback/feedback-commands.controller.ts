import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { FeedbackCommand, ReceiveFeedback } from '@ledger/domain';
import {
  ChangeFeedbackCommand,
  ReceiveFeedbackCommand,
  type CommandContext,
  type CommandResult,
  type Unstamped,
} from '@ledger/feedback';
import { CommandCtx } from '../http/command-context.decorator';
import { badRequest } from '../http/validation-pipe';
import { AcknowledgeDto, AssignDto, OpinionDto, OptionalReasonDto, ReasonDto } from './dto/assignment.dto';
import { ClassifyDto } from './dto/classify.dto';
import { ReceiveFeedbackDto } from './dto/receive-feedback.dto';
import { ResolveDto, SatisfactionDto } from './dto/resolution.dto';
import { ProgressDto, ProvideInformationDto, RequestInformationDto } from './dto/work.dto';
import { FeedbackIdPipe } from './feedback-id.pipe';
import { withRevisionHeaders, type HeaderReply } from './reply-headers';

type TicketCommand = Unstamped<Exclude<FeedbackCommand, ReceiveFeedback>>;

@Controller('feedback')
export class FeedbackCommandsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  async receive(
    @Body() dto: ReceiveFeedbackDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<CommandResult> {
    if (context.expectedRevision !== undefined) {
      throw badRequest([{ field: 'header if-match', reason: 'new feedback has no revision to match' }]);
    }
    const { needsInfo, ...data } = dto;
    const result = await this.commands.execute(
      new ReceiveFeedbackCommand(
        { ...data, ...(needsInfo ? { needsInfo: { question: needsInfo } } : {}) },
        context,
      ),
    );
    reply.header('Location', `/feedback/${result.id}`);
    return withRevisionHeaders(reply, result);
  }

  @Post(':id/classify')
  @HttpCode(200)
  classify(
    @Param('id', FeedbackIdPipe) id: string,
    @Body() dto: ClassifyDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: HeaderReply,
  ) {
    return this.change(id, { type: 'Classify', data: { ...dto } }, ctx, reply);
  }

  @Post(':id/assign')
  @HttpCode(200)
  assign(
    @Param('id', FeedbackIdPipe) id: string,
    @Body() dto: AssignDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: HeaderReply,
  ) {
    return this.change(id, { type: 'Assign', data: { ...dto } }, ctx, reply);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  acknowledge(
    @Param('id', FeedbackIdPipe) id: string,
    @Body() dto: AcknowledgeDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: HeaderReply,
  ) {
    return this.change(id, { type: 'Acknowledge', data: { ...dto } }, ctx, reply);
  }

  @Post(':id/opinion')
  @HttpCode(200)
  giveOpinion(
    @Param('id', FeedbackIdPipe) id: string,
    @Body() dto: OpinionDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: HeaderReply,
  ) {
    return this.change(id, { type: 'GiveOpinion', data: { ...dto } }, ctx, reply);
  }

  @Post(':id/return')
  @HttpCode(200)
  returnAssignment(
    @Param('id', FeedbackIdPipe) id: string,
    @Body() dto: ReasonDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: HeaderReply,
  ) {
    return this.change(id, { type: 'ReturnAssignment', data: { ...dto } }, ctx, reply);
  }

  @Post(':id/progress')
  @HttpCode(200)
  progress(
    @Param('id', FeedbackIdPipe) id: string,
    @Body() dto: ProgressDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: HeaderReply,
  ) {
    return this.change(id, { type: 'UpdateProgress', data: { ...dto } }, ctx, reply);
  }

  @Post(':id/request-info')
  @HttpCode(200)
  requestInformation(
    @Param('id', FeedbackIdPipe) id: string,
    @Body() dto: RequestInformationDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: HeaderReply,
  ) {
    return this.change(id, { type: 'RequestInformation', data: { ...dto } }, ctx, reply);
  }

  @Post(':id/provide-info')
  @HttpCode(200)
  provideInformation(
    @Param('id', FeedbackIdPipe) id: string,
    @Body() dto: ProvideInformationDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: HeaderReply,
  ) {
    return this.change(id, { type: 'ProvideInformation', data: { ...dto } }, ctx, reply);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  resolve(
    @Param('id', FeedbackIdPipe) id: string,
    @Body() dto: ResolveDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: HeaderReply,
  ) {
    const { compensation, ...rest } = dto;
    return this.change(
      id,
      { type: 'Resolve', data: { ...rest, ...(compensation ? { compensation: { ...compensation } } : {}) } },
      ctx,
      reply,
    );
  }

  @Post(':id/satisfaction')
  @HttpCode(200)
  satisfaction(
    @Param('id', FeedbackIdPipe) id: string,
    @Body() dto: SatisfactionDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: HeaderReply,
  ) {
    return this.change(id, { type: 'RecordSatisfaction', data: { ...dto } }, ctx, reply);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  reopen(
    @Param('id', FeedbackIdPipe) id: string,
    @Body() dto: ReasonDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: HeaderReply,
  ) {
    return this.change(id, { type: 'Reopen', data: { ...dto } }, ctx, reply);
  }

  @Post(':id/close')
  @HttpCode(200)
  close(
    @Param('id', FeedbackIdPipe) id: string,
    @Body() dto: OptionalReasonDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: HeaderReply,
  ) {
    return this.change(id, { type: 'Close', data: { ...dto } }, ctx, reply);
  }

  @Post(':id/archive')
  @HttpCode(200)
  archive(
    @Param('id', FeedbackIdPipe) id: string,
    @Body() dto: OptionalReasonDto,
    @CommandCtx() ctx: CommandContext,
    @Res({ passthrough: true }) reply: HeaderReply,
  ) {
    return this.change(id, { type: 'Archive', data: { ...dto } }, ctx, reply);
  }

  private async change(
    id: string,
    command: TicketCommand,
    context: CommandContext,
    reply: HeaderReply,
  ): Promise<CommandResult> {
    return withRevisionHeaders(
      reply,
      await this.commands.execute(new ChangeFeedbackCommand(id, command, context)),
    );
  }
}
