import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@ledger/feedback';
import {
  daysOfIsoWeek,
  daysOfMonth,
  PeriodReportQuery,
  periodOf,
  type PeriodReport,
  type ReportPeriod,
} from '@ledger/projections';
import { badRequest } from '../http/validation-pipe';
import { MonthlyReportDto, WeeklyReportDto, type ReportFormatDto } from './report.dto';
import { REPORT_CONTENT_SECURITY_POLICY, reportAsHtml } from './html/report-html';
import { reportAsCsv, reportAsMarkdown } from './render-report';

interface TypedReply {
  header(name: string, value: string): unknown;
}

@Controller('reports')
export class ReportsController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('weekly')
  weekly(
    @Query() query: WeeklyReportDto,
    @Res({ passthrough: true }) reply: TypedReply,
  ): Promise<PeriodReport | string> {
    if (periodOf(daysOfIsoWeek(query.week).from, 'week') !== query.week) {
      throw badRequest([{ field: 'week', reason: `${query.week} does not exist: that year has no week 53` }]);
    }
    return this.report({ kind: 'weekly', label: query.week, ...daysOfIsoWeek(query.week) }, query, reply);
  }

  @Get('monthly')
  monthly(
    @Query() query: MonthlyReportDto,
    @Res({ passthrough: true }) reply: TypedReply,
  ): Promise<PeriodReport | string> {
    return this.report({ kind: 'monthly', label: query.month, ...daysOfMonth(query.month) }, query, reply);
  }

  private async report(
    period: ReportPeriod,
    query: ReportFormatDto,
    reply: TypedReply,
  ): Promise<PeriodReport | string> {
    const minPosition = query.minPosition ? BigInt(query.minPosition) : undefined;
    const report = await this.queries.execute(new PeriodReportQuery(period, this.clock.now(), minPosition));
    if (query.format === 'csv') {
      reply.header('Content-Type', 'text/csv; charset=utf-8');
      return reportAsCsv(report);
    }
    if (query.format === 'md') {
      reply.header('Content-Type', 'text/markdown; charset=utf-8');
      return reportAsMarkdown(report);
    }
    if (query.format === 'html') {
      reply.header('Content-Type', 'text/html; charset=utf-8');
      reply.header('Content-Security-Policy', REPORT_CONTENT_SECURITY_POLICY);
      return reportAsHtml(report);
    }
    return report;
  }
}
