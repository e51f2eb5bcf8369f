import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsObject,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { CATEGORIES, LIMITS, type Category } from '@ledger/domain';
import { IsNotBlank, Optional } from '../../feedback/dto/validators';

/** Ids are case-insensitive; streams are named by the lower-case form. */
const lowerCase = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.toLowerCase() : value;

export class CaseSourceDto {
  /** The resolved or closed ticket the case was learnt from. */
  @Optional() @Transform(lowerCase) @IsUUID('all') feedbackId?: string;
  /** The closed problem the case was learnt from. */
  @Optional() @Transform(lowerCase) @IsUUID('all') problemId?: string;
}

/** A source names one ticket or one problem, never both and never neither. */
const NamesExactlyOneSource = (): PropertyDecorator =>
  ValidateBy({
    name: 'namesExactlyOneSource',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'object' &&
        value !== null &&
        ['feedbackId', 'problemId'].filter((field) => (value as Record<string, unknown>)[field] !== undefined)
          .length === 1,
      defaultMessage: () => 'source must name exactly one of feedbackId and problemId',
    },
  });

export class PublishCaseDto {
  /** Where the case was learnt: `{ feedbackId }` or `{ problemId }`. */
  @IsObject() @NamesExactlyOneSource() @ValidateNested() @Type(() => CaseSourceDto) source!: CaseSourceDto;
  /** In the publisher's words, never copied from what the customer wrote. */
  @IsString() @Length(1, LIMITS.shortText) @IsNotBlank() title!: string;
  /** What a customer sees or reports, in the publisher's words. */
  @IsString() @Length(1, LIMITS.solution) @IsNotBlank() symptom!: string;
  /** What helps; the ticket's solution when left out (a problem has none to give). */
  @Optional() @IsString() @Length(1, LIMITS.solution) @IsNotBlank() solution?: string;
  /** Why it happens; the ticket's root cause or the problem's analysis when left out, `""` for none. */
  @Optional() @IsString() @Length(0, LIMITS.solution) cause?: string;
  /** The source's category when left out. */
  @Optional() @IsIn(CATEGORIES) category?: Category;
  /** The source's topics when left out. */
  @Optional()
  @IsArray()
  @ArrayMaxSize(LIMITS.topics)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  topics?: string[];
  /** The language the case is written in, e.g. zh-TW. */
  @Optional()
  @Matches(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
    message: 'language must be a language tag such as zh-CN',
  })
  language?: string;
}
