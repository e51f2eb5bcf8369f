import { Optional, IsTimestamp, IsNotBlank } from './validators';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsObject,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CHANNELS, LIMITS, type Channel } from '@ledger/domain';
import { CustomerDto } from './customer.dto';

export class ReceiveFeedbackDto {
  @IsIn(CHANNELS) channel!: Channel;
  @Optional() @IsString() @Length(1, LIMITS.shortText) channelDetail?: string;
  @Optional() @IsTimestamp() receivedAt?: string;
  @Optional() @IsObject() @ValidateNested() @Type(() => CustomerDto) customer?: CustomerDto;
  @IsString() @Length(1, LIMITS.content) @IsNotBlank() content!: string;
  @Optional() @IsString() @MaxLength(LIMITS.summary) summary?: string;
  @Optional()
  @Matches(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
    message: 'language must be a language tag such as zh-CN',
  })
  language?: string;
  @Optional()
  @IsArray()
  @ArrayMaxSize(LIMITS.tags)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  tags?: string[];
  @Optional()
  @IsArray()
  @ArrayMaxSize(LIMITS.attachments)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  attachments?: string[];
  @Optional() @IsString() @Length(1, LIMITS.shortText) externalRef?: string;
  /** The question to ask when the content is too vague to act on. */
  @Optional() @IsString() @Length(1, LIMITS.reason) @IsNotBlank() needsInfo?: string;
}
