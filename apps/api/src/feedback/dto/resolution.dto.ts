import { Optional, IsNotBlank } from './validators';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { LIMITS, RATINGS, SOLUTION_KINDS, type Rating, type SolutionKind } from '@ledger/domain';

export class CompensationDto {
  /** What was given, e.g. coupon, refund, points. */
  @IsString() @Length(1, 50) @IsNotBlank() type!: string;
  @Optional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000_000)
  amount?: number;
  @Optional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as CNY' })
  currency?: string;
  @Optional() @IsString() @Length(1, 500) description?: string;
}

export class ResolveDto {
  @IsString() @Length(1, LIMITS.solution) @IsNotBlank() solution!: string;
  @IsIn(SOLUTION_KINDS) kind!: SolutionKind;
  @Optional() @IsObject() @ValidateNested() @Type(() => CompensationDto) compensation?: CompensationDto;
  @Optional() @IsString() @Length(1, 2000) rootCause?: string;
}

export class SatisfactionDto {
  @IsIn(RATINGS) rating!: Rating;
  @Optional() @IsInt() @Min(1) @Max(5) score?: number;
  @Optional() @IsString() @Length(1, 2000) comment?: string;
}
