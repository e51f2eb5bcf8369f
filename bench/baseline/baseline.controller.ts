import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { AcknowledgeDto, AssignDto } from '../../apps/api/src/feedback/dto/assignment.dto';
import { ClassifyDto } from '../../apps/api/src/feedback/dto/classify.dto';
import { ReceiveFeedbackDto } from '../../apps/api/src/feedback/dto/receive-feedback.dto';
import { ResolveDto, SatisfactionDto } from '../../apps/api/src/feedback/dto/resolution.dto';
import { ProgressDto } from '../../apps/api/src/feedback/dto/work.dto';
import { FeedbackIdPipe } from '../../apps/api/src/feedback/feedback-id.pipe';

let sequence = 0;

/**
 * The routes the benchmarks load, with the service's own DTOs, pipes and status codes, and no
 * work behind them: what Nest on Fastify costs by itself, the ceiling the service is measured
 * against.
 */
@Controller('feedback')
export class BaselineController {
  @Post()
  @HttpCode(201)
  receive(@Body() dto: ReceiveFeedbackDto) {
    return {
      id: randomUUID(),
      ticketNo: `CRM${++sequence}`,
      status: 'received',
      revision: 0,
      channel: dto.channel,
    };
  }

  @Post(':id/classify')
  @HttpCode(200)
  classify(@Param('id', FeedbackIdPipe) id: string, @Body() dto: ClassifyDto) {
    return { id, status: 'triaged', priority: dto.priority };
  }

  @Post(':id/assign')
  @HttpCode(200)
  assign(@Param('id', FeedbackIdPipe) id: string, @Body() dto: AssignDto) {
    return { id, status: 'assigned', department: dto.department };
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  acknowledge(@Param('id', FeedbackIdPipe) id: string, @Body() _dto: AcknowledgeDto) {
    return { id, status: 'in_progress' };
  }

  @Post(':id/progress')
  @HttpCode(200)
  progress(@Param('id', FeedbackIdPipe) id: string, @Body() _dto: ProgressDto) {
    return { id, status: 'in_progress' };
  }

  @Post(':id/resolve')
  @HttpCode(200)
  resolve(@Param('id', FeedbackIdPipe) id: string, @Body() _dto: ResolveDto) {
    return { id, status: 'resolved' };
  }

  @Post(':id/satisfaction')
  @HttpCode(200)
  satisfaction(@Param('id', FeedbackIdPipe) id: string, @Body() _dto: SatisfactionDto) {
    return { id, status: 'closed' };
  }
}
