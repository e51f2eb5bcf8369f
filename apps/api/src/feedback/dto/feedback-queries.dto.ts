import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';

export class FindFeedbackQueryDto {
  @Matches(/^CRM\d{12,}$/, { message: 'ticketNo must look like CRM202310010001' }) ticketNo!: string;
}

/** Exactly one of `revision` and `at` names the moment to replay the ticket to. */
export class StateAsOfQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(Number.MAX_SAFE_INTEGER) revision?: number;
  @IsOptional() @IsISO8601({ strict: true }) at?: string;
}
