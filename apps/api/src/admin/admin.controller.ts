import { Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import {
  projectionLag,
  PROJECTOR,
  VIEWS_PROJECTOR,
  type ProjectionLag,
  type Projector,
  type ProjectorStatus,
} from '@ledger/projections';
import { READ_STORE, type ReadStore } from '@ledger/read-store';

@Controller('admin/projections')
export class AdminController {
  constructor(
    @Inject(PROJECTOR) private readonly projector: Projector,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly views: ReadStore,
  ) {}

  /** The projector in this process, and how far the views are behind the log. */
  @Get()
  async status(): Promise<ProjectorStatus & { lag: ProjectionLag }> {
    return {
      ...this.projector.status(),
      // Operational time: the log stamps events with the wall clock, not the business clock.
      lag: await projectionLag(this.events, this.views, VIEWS_PROJECTOR, new Date()),
    };
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
