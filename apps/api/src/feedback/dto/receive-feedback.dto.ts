import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CHANNELS, LIMITS, type Channel } from '@ledger/domain';
import { CustomerDto } from './customer.dto';
import { IsNotBlank } from './is-not-blank';

export class ReceiveFeedbackDto {
  @IsIn(CHANNELS) channel!: Channel;
  @IsOptional() @IsString() @Length(1, LIMITS.shortText) channelDetail?: string;
  @IsOptional() @IsISO8601({ strict: true }) receivedAt?: string;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => CustomerDto) customer?: CustomerDto;
  @IsString() @Length(1, LIMITS.content) @IsNotBlank() content!: string;
  @IsOptional() @IsString() @MaxLength(LIMITS.summary) summary?: string;
  @IsOptional()
  @Matches(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
    message: 'language must be a language tag such as zh-CN',
  })
  language?: string;
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.tags)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  tags?: string[];
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.attachments)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  attachments?: string[];
  @IsOptional() @IsString() @Length(1, LIMITS.shortText) externalRef?: string;
  /** The question to ask when the content is too vague to act on. */
  @IsOptional() @IsString() @Length(1, LIMITS.reason) @IsNotBlank() needsInfo?: string;
}
