import { IsIn, IsOptional, Matches } from 'class-validator';
import { DIMENSIONS, PERIODS, type Dimension, type Period } from '@ledger/projections';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class KpiRangeDto {
  @Matches(DAY, { message: 'from must be a day such as 2023-10-01' }) from!: string;
  @Matches(DAY, { message: 'to must be a day such as 2023-10-31' }) to!: string;
  @IsOptional() @IsIn(PERIODS) period?: Period;
  @IsOptional()
  @Matches(/^\d{1,20}$/, { message: 'minPosition must be a log position (digits)' })
  minPosition?: string;
}

export class TimelinessDto extends KpiRangeDto {
  @IsOptional() @IsIn(DIMENSIONS) by?: Dimension;
}
