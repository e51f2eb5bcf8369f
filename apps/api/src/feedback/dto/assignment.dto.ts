import { ArrayMaxSize, IsArray, IsOptional, IsString, Length } from 'class-validator';
import { LIMITS } from '@ledger/domain';
import { IsNotBlank } from './is-not-blank';

export class AssignDto {
  /** The lead department: it owns the ticket until another accepts it. */
  @IsString() @Length(1, 100) @IsNotBlank() department!: string;
  @IsOptional() @IsString() @Length(1, 100) @IsNotBlank() assignee?: string;
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.collaborators)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  collaborators?: string[];
  @IsOptional() @IsString() @Length(1, LIMITS.reason) reason?: string;
}

export class AcknowledgeDto {
  @IsOptional() @IsString() @Length(1, LIMITS.note) note?: string;
}

export class ReasonDto {
  @IsString() @Length(1, LIMITS.reason) @IsNotBlank() reason!: string;
}

export class OptionalReasonDto {
  @IsOptional() @IsString() @Length(1, LIMITS.reason) reason?: string;
}
