import { Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { PROJECTOR, type Projector, type ProjectorStatus } from '@ledger/projections';

@Controller('admin/projections')
export class AdminController {
  constructor(@Inject(PROJECTOR) private readonly projector: Projector) {}

  @Get()
  status(): ProjectorStatus {
    return this.projector.status();
  }

  /**
   * Empties every view and replays the log. Answers once the views are emptied and the replay has
   * begun; the status, or a query with `minPosition`, shows when it has caught up.
   */
  @Post('rebuild')
  @HttpCode(202)
  async rebuild(): Promise<ProjectorStatus> {
    await this.projector.rebuild();
    return this.projector.status();
  }
}
