import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { LIMITS, RATINGS, SOLUTION_KINDS, type Rating, type SolutionKind } from '@ledger/domain';
import { IsNotBlank } from './is-not-blank';

export class CompensationDto {
  /** What was given, e.g. coupon, refund, points. */
  @IsString() @Length(1, 50) @IsNotBlank() type!: string;
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000_000)
  amount?: number;
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as CNY' })
  currency?: string;
  @IsOptional() @IsString() @Length(1, 500) description?: string;
}

export class ResolveDto {
  @IsString() @Length(1, LIMITS.solution) @IsNotBlank() solution!: string;
  @IsIn(SOLUTION_KINDS) kind!: SolutionKind;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => CompensationDto) compensation?: CompensationDto;
  @IsOptional() @IsString() @Length(1, 2000) rootCause?: string;
}

export class SatisfactionDto {
  @IsIn(RATINGS) rating!: Rating;
  @IsOptional() @IsInt() @Min(1) @Max(5) score?: number;
  @IsOptional() @IsString() @Length(1, 2000) comment?: string;
}
