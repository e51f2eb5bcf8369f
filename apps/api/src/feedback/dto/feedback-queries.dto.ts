import { Optional, IsTimestamp } from './validators';
import { Matches } from 'class-validator';

export class FindFeedbackQueryDto {
  @Matches(/^CRM\d{12,}$/, { message: 'ticketNo must look like CRM202310010001' }) ticketNo!: string;
}

/** Exactly one of `revision` and `at` names the moment to replay the ticket to. */
export class StateAsOfQueryDto {
  @Optional() @Matches(/^\d{1,15}$/, { message: 'revision must be a whole number' }) revision?: string;
  @Optional() @IsTimestamp() at?: string;
}
