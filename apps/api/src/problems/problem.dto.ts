import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import {
  ANALYSIS_METHODS,
  CATEGORIES,
  EFFECT_VERDICTS,
  PROBLEM_ORIGINS,
  PROBLEM_STATUSES,
  PROBLEM_TEXT_LIMITS,
  type AnalysisMethod,
  type Category,
  type EffectVerdict,
  type ProblemOrigin,
} from '@ledger/domain';
import { IsNotBlank, IsTimestamp, Optional } from '../feedback/dto/validators';

const TOPIC = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export class OpenProblemDto {
  @IsString() @IsNotBlank() @Length(1, PROBLEM_TEXT_LIMITS.title) title!: string;
  @Optional() @IsString() @Length(1, PROBLEM_TEXT_LIMITS.description) description?: string;
  @Optional() @IsIn(CATEGORIES) category?: Category;
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(TOPIC, { each: true, message: 'each topic must be a topic key such as delivery' })
  topics?: string[];
  /** How the problem came up; `manual` unless it was opened from a suggestion. */
  @Optional() @IsIn(PROBLEM_ORIGINS) origin?: ProblemOrigin;
  /** The tickets that show the problem; at least one. */
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @IsUUID('all', { each: true }) feedbackIds!: string[];
}

export class LinkTicketDto {
  @IsUUID('all') feedbackId!: string;
}

export class RootCauseDto {
  /** Data analysis, cause-and-effect (fishbone) or comparison, as the process documents name them. */
  @IsIn(ANALYSIS_METHODS) method!: AnalysisMethod;
  @IsString() @IsNotBlank() @Length(1, PROBLEM_TEXT_LIMITS.findings) findings!: string;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, PROBLEM_TEXT_LIMITS.cause, { each: true })
  causes!: string[];
}

export class PlanActionDto {
  @IsString() @IsNotBlank() @Length(1, PROBLEM_TEXT_LIMITS.action) description!: string;
  @IsString() @IsNotBlank() @Length(1, PROBLEM_TEXT_LIMITS.name) ownerDepartment!: string;
  @IsString() @IsNotBlank() @Length(1, PROBLEM_TEXT_LIMITS.name) owner!: string;
  @IsTimestamp() dueAt!: string;
}

export class CompleteActionDto {
  @Optional() @IsString() @Length(1, PROBLEM_TEXT_LIMITS.outcome) outcome?: string;
}

export class EvaluateEffectDto {
  @IsIn(EFFECT_VERDICTS) verdict!: EffectVerdict;
  @Optional() @IsString() @Length(1, PROBLEM_TEXT_LIMITS.note) note?: string;
  /** Days compared either side of the last completed action; default as many as have passed, up to 30. */
  @Optional() @IsInt() @Min(1) @Max(365) windowDays?: number;
}

export class CloseProblemDto {
  @IsString() @IsNotBlank() @Length(1, PROBLEM_TEXT_LIMITS.reason) reason!: string;
}

export class ListProblemsDto {
  /** Comma-separated statuses, e.g. `open,acting`. */
  @Optional()
  @Matches(new RegExp(`^(${PROBLEM_STATUSES.join('|')})(,(${PROBLEM_STATUSES.join('|')}))*$`), {
    message: `status must be comma-separated statuses of ${PROBLEM_STATUSES.join(', ')}`,
  })
  status?: string;
  @Optional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
  @Optional() @IsString() @Length(1, 500) after?: string;
  @Optional()
  @Matches(/^\d{1,20}$/, { message: 'minPosition must be a log position (digits)' })
  minPosition?: string;
}

export class ProblemSuggestionsDto {
  /** How many days back to look for repeats; default 30. */
  @Optional() @Type(() => Number) @IsInt() @Min(1) @Max(365) days?: number;
  /** How many repeat complaints on one subject make a suggestion; default 3. */
  @Optional() @Type(() => Number) @IsInt() @Min(2) @Max(1000) minRepeats?: number;
}

export class ProblemIdDto {
  @IsUUID('all', { message: 'id must be a UUID' }) id!: string;
}

export class ActionIdDto extends ProblemIdDto {
  @IsUUID('all', { message: 'actionId must be a UUID' }) actionId!: string;
}
