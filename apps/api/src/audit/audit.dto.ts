import { Type } from 'class-transformer';
import { IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsTimestamp, Optional } from '../feedback/dto/validators';

export class AuditPeriodDto {
  /** Events that happened at or after this time (ISO-8601). */
  @Optional() @IsTimestamp() from?: string;
  /** Events that happened before this time (ISO-8601). */
  @Optional() @IsTimestamp() to?: string;
}

export class AuditEventsDto extends AuditPeriodDto {
  /** Who acted, as recorded: a key's name, a person a service acted for, `auto`, `import`. */
  @Optional() @IsString() @Length(1, 200) actor?: string;
  /** An event type, e.g. `FeedbackClassified`. */
  @Optional()
  @Matches(/^[A-Za-z][A-Za-z0-9]{0,99}$/, { message: 'type must be an event type such as FeedbackResolved' })
  type?: string;
  /** The `next` of the previous page. */
  @Optional() @Matches(/^\d{1,20}$/, { message: 'after must be a log position (digits)' }) after?: string;
  @Optional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}
