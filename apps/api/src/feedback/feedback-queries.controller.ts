import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { ChainReport } from '@ledger/event-store';
import {
  FindTicketByNumberQuery,
  GetTicketAsOfQuery,
  GetTicketHistoryQuery,
  GetTicketQuery,
  VerifyTicketQuery,
  type HistoryEntry,
  type TicketView,
} from '@ledger/feedback';
import { badRequest } from '../http/validation-pipe';
import { FindFeedbackQueryDto, StateAsOfQueryDto } from './dto/feedback-queries.dto';
import { FeedbackIdPipe } from './feedback-id.pipe';
import { etagOf, type HeaderReply } from './reply-headers';

/** The ticket as the API shows it: its state, the revision it is at and the log position. */
const present = (view: TicketView, reply: HeaderReply) => {
  reply.header('ETag', etagOf(view.revision));
  return {
    ...view.ticket,
    revision: view.revision,
    position: view.position,
    ...(view.asOf ? { asOf: view.asOf } : {}),
  };
};

@Controller('feedback')
export class FeedbackQueriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  async findByTicketNo(@Query() query: FindFeedbackQueryDto, @Res({ passthrough: true }) reply: HeaderReply) {
    return present(await this.queries.execute(new FindTicketByNumberQuery(query.ticketNo)), reply);
  }

  @Get(':id')
  async get(@Param('id', FeedbackIdPipe) id: string, @Res({ passthrough: true }) reply: HeaderReply) {
    return present(await this.queries.execute(new GetTicketQuery(id)), reply);
  }

  @Get(':id/history')
  history(@Param('id', FeedbackIdPipe) id: string): Promise<HistoryEntry[]> {
    return this.queries.execute(new GetTicketHistoryQuery(id));
  }

  /**
   * Checks the ticket's hash chain: each stored event against its own hash and its predecessor's.
   * Answers 200 either way; `verified: false` names the first event that does not match.
   */
  @Get(':id/verify')
  verify(@Param('id', FeedbackIdPipe) id: string): Promise<ChainReport> {
    return this.queries.execute(new VerifyTicketQuery(id));
  }

  @Get(':id/state')
  async stateAsOf(
    @Param('id', FeedbackIdPipe) id: string,
    @Query() query: StateAsOfQueryDto,
    @Res({ passthrough: true }) reply: HeaderReply,
  ) {
    const { revision, at } = query;
    if ((revision === undefined) === (at === undefined)) {
      throw badRequest([{ field: 'revision', reason: 'give exactly one of revision and at' }]);
    }
    const asOf = revision !== undefined ? { revision: Number(revision) } : { at: new Date(at ?? '') };
    return present(await this.queries.execute(new GetTicketAsOfQuery(id, asOf)), reply);
  }
}
