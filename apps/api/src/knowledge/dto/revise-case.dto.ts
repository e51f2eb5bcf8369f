import { ArrayMaxSize, IsArray, IsString, Length } from 'class-validator';
import { LIMITS } from '@ledger/domain';
import { IsNotBlank, Optional } from '../../feedback/dto/validators';

/** The fields to change, at least one; those left out stay as they are. */
export class ReviseCaseDto {
  @Optional() @IsString() @Length(1, LIMITS.shortText) @IsNotBlank() title?: string;
  @Optional() @IsString() @Length(1, LIMITS.solution) @IsNotBlank() symptom?: string;
  /** `""` clears a cause found to be wrong. */
  @Optional() @IsString() @Length(0, LIMITS.solution) cause?: string;
  @Optional() @IsString() @Length(1, LIMITS.solution) @IsNotBlank() solution?: string;
  /** Replaces the case's topics. */
  @Optional()
  @IsArray()
  @ArrayMaxSize(LIMITS.topics)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  topics?: string[];
}
