import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CATEGORIES, type Category } from '@ledger/domain';
import { IsNotBlank, Optional } from '../../feedback/dto/validators';

/** Read-your-writes: answer once the views include the position a command returned. */
export class ViewPositionDto {
  @Optional()
  @Matches(/^\d{1,20}$/, { message: 'minPosition must be a log position (digits)' })
  minPosition?: string;
}

export class SearchKnowledgeDto extends ViewPositionDto {
  /** The words to look for, in Simplified or Traditional Chinese, English, or a mix. */
  @IsString() @Length(1, 200) @IsNotBlank() q!: string;
  /** Only cases of this category. */
  @Optional() @IsIn(CATEGORIES) category?: Category;
  /** At most this many cases, best first (10 unless told). */
  @Optional() @Type(() => Number) @IsInt() @Min(1) @Max(50) limit?: number;
}
