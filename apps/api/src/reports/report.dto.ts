import { IsIn, Matches } from 'class-validator';
import { Optional } from '../feedback/dto/validators';

export class ReportFormatDto {
  /** `html`: one standalone page with the charts (inline SVG) and the tables; it loads nothing. */
  @Optional() @IsIn(['json', 'csv', 'md', 'html']) format?: 'json' | 'csv' | 'md' | 'html';
  @Optional()
  @Matches(/^\d{1,20}$/, { message: 'minPosition must be a log position (digits)' })
  minPosition?: string;
}

export class WeeklyReportDto extends ReportFormatDto {
  @Matches(/^(19[7-9]\d|[2-9]\d{3})-W(0[1-9]|[1-4]\d|5[0-3])$/, {
    message: 'week must be an ISO week such as 2023-W40',
  })
  week!: string;
}

export class MonthlyReportDto extends ReportFormatDto {
  @Matches(/^(19[7-9]\d|[2-9]\d{3})-(0[1-9]|1[0-2])$/, { message: 'month must be a month such as 2023-10' })
  month!: string;
}
