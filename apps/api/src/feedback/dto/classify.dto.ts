import { Optional } from './validators';
import { ArrayMaxSize, IsArray, IsIn, IsString, Length } from 'class-validator';
import {
  CATEGORIES,
  LIMITS,
  PRIORITIES,
  SEVERITIES,
  type Category,
  type Priority,
  type Severity,
} from '@ledger/domain';

export class ClassifyDto {
  @IsIn(CATEGORIES) category!: Category;
  @Optional()
  @IsArray()
  @ArrayMaxSize(LIMITS.topics)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  topics?: string[];
  @IsIn(PRIORITIES) priority!: Priority;
  @Optional() @IsIn(SEVERITIES) severity?: Severity;
  @Optional() @IsString() @Length(1, LIMITS.reason) reason?: string;
}
