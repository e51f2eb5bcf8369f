import { Optional, IsNotBlank } from './validators';
import { IsIn, IsString, Length } from 'class-validator';
import { LIMITS, WORK_STATUSES, type WorkStatus } from '@ledger/domain';

export class ProgressDto {
  /** Omit to keep the current work status and only record a note. */
  @Optional() @IsIn(WORK_STATUSES) status?: WorkStatus;
  @IsString() @Length(1, LIMITS.note) @IsNotBlank() note!: string;
}

export class RequestInformationDto {
  @IsString() @Length(1, LIMITS.reason) @IsNotBlank() question!: string;
}

export class ProvideInformationDto {
  @IsString() @Length(1, LIMITS.content) @IsNotBlank() information!: string;
}
