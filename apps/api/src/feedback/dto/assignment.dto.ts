import { Optional, IsNotBlank } from './validators';
import { ArrayMaxSize, IsArray, IsString, Length } from 'class-validator';
import { LIMITS } from '@ledger/domain';

export class AssignDto {
  /** The lead department: it owns the ticket until another accepts it. */
  @IsString() @Length(1, 100) @IsNotBlank() department!: string;
  @Optional() @IsString() @Length(1, 100) @IsNotBlank() assignee?: string;
  @Optional()
  @IsArray()
  @ArrayMaxSize(LIMITS.collaborators)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  collaborators?: string[];
  @Optional() @IsString() @Length(1, LIMITS.reason) reason?: string;
}

export class AcknowledgeDto {
  @Optional() @IsString() @Length(1, LIMITS.note) note?: string;
}

export class OpinionDto {
  /** The collaborating department giving its opinion. */
  @IsString() @Length(1, 100) @IsNotBlank() department!: string;
  @IsString() @Length(1, LIMITS.note) @IsNotBlank() opinion!: string;
}

export class ReasonDto {
  @IsString() @Length(1, LIMITS.reason) @IsNotBlank() reason!: string;
}

export class OptionalReasonDto {
  @Optional() @IsString() @Length(1, LIMITS.reason) reason?: string;
}
