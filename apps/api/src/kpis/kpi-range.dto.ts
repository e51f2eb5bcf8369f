import { IsCalendarDay, Optional } from '../feedback/dto/validators';
import { IsIn, Matches } from 'class-validator';
import { DIMENSIONS, PERIODS, type Dimension, type Period } from '@ledger/projections';

export class OverviewDto {
  @IsCalendarDay() from!: string;
  @IsCalendarDay() to!: string;
  @Optional()
  @Matches(/^\d{1,20}$/, { message: 'minPosition must be a log position (digits)' })
  minPosition?: string;
}

export class KpiRangeDto extends OverviewDto {
  @Optional() @IsIn(PERIODS) period?: Period;
  @Optional() @IsIn(['json', 'csv']) format?: 'json' | 'csv';
}

export class TimelinessDto extends KpiRangeDto {
  @Optional() @IsIn(DIMENSIONS) by?: Dimension;
}

export class SatisfactionDto extends KpiRangeDto {
  @Optional() @IsIn(DIMENSIONS) by?: Dimension;
}
