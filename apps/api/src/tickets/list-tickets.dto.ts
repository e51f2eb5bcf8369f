import { Optional } from '../feedback/dto/validators';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import {
  CATEGORIES,
  PRIORITIES,
  SLA_STATES,
  STATUSES,
  type Category,
  type Priority,
  type SlaState,
  type Status,
} from '@ledger/domain';

/** `?status=assigned,in_progress` and `?status=assigned&status=in_progress` both give a list. */
const toList = ({ value }: { value: unknown }): unknown =>
  (Array.isArray(value) ? value : [value])
    .flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]))
    .filter((v) => v !== '');

export class ListOpenTicketsDto {
  @Optional() @Transform(toList) @ArrayMaxSize(20) @IsIn(STATUSES, { each: true }) status?: Status[];
  @Optional() @Transform(toList) @ArrayMaxSize(4) @IsIn(PRIORITIES, { each: true }) priority?: Priority[];
  @Optional() @Transform(toList) @ArrayMaxSize(10) @IsIn(CATEGORIES, { each: true }) category?: Category[];
  @Optional()
  @Transform(toList)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  department?: string[];
  @Optional()
  @Transform(toList)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  assignee?: string[];
  /** `?slaState=at_risk,breached`: where the tickets stand against their running target. */
  @Optional() @Transform(toList) @ArrayMaxSize(4) @IsIn(SLA_STATES, { each: true }) slaState?: SlaState[];
  @Optional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @Optional() @IsString() @Length(1, 2000) after?: string;
  @Optional()
  @Matches(/^\d{1,20}$/, { message: 'minPosition must be a log position (digits)' })
  minPosition?: string;
  /** `csv` for the page as a table; the next page's cursor is then in the X-Next-Cursor header. */
  @Optional() @IsIn(['json', 'csv']) format?: 'json' | 'csv';
}
