import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { DIMENSIONS, PERIODS, type Dimension, type Period } from '@ledger/projections';
import { IsCalendarDay, Optional } from '../feedback/dto/validators';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class WorkingBlockDto {
  @Matches(TIME, { message: 'start must be a time HH:MM' }) start!: string;
  @Matches(TIME, { message: 'end must be a time HH:MM' }) end!: string;
}

/** Changes to the business calendar in force; each field replaces the calendar's. */
export class WhatIfCalendarDto {
  @Optional()
  @IsArray()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => WorkingBlockDto)
  workingHours?: WorkingBlockDto[];

  /** Weekday numbers, 0 = Sunday … 6 = Saturday. */
  @Optional()
  @IsArray()
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(6, { each: true })
  weekend?: number[];

  @Optional() @IsArray() @ArrayMaxSize(5000) @IsCalendarDay({ each: true }) holidays?: string[];

  /** Days worked although they fall on a weekend. */
  @Optional() @IsArray() @ArrayMaxSize(5000) @IsCalendarDay({ each: true }) workingDays?: string[];
}

export class WhatIfDto {
  /** First and last day of the period, `YYYY-MM-DD` in the company's time zone. */
  @IsCalendarDay() from!: string;
  @IsCalendarDay() to!: string;
  @Optional() @IsIn(PERIODS) period?: Period;
  /** Default `priority`. */
  @Optional() @IsIn(DIMENSIONS) by?: Dimension;
  /**
   * Changes to the SLA policy in force, in the SLA policy file's form, e.g.
   * `{"response": {"P1": "1h"}, "resolution": {"P2": "2wd"}}`.
   */
  @Optional() @IsObject() policy?: Record<string, unknown>;
  @Optional() @IsObject() @ValidateNested() @Type(() => WhatIfCalendarDto) calendar?: WhatIfCalendarDto;
}
