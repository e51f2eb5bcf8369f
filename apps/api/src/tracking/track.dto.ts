import { IsString, Length, Matches } from 'class-validator';

export class TrackParamsDto {
  @Matches(/^CRM\d{12,20}$/, { message: 'ticketNo must look like CRM202310010001' }) ticketNo!: string;
}

export class TrackQueryDto {
  /** The last 4 digits of the phone given with the feedback, or its email. */
  @IsString() @Length(1, 254) verify!: string;
}
