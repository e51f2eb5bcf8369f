import { IsObject, IsString, Length } from 'class-validator';

export class ChangeTaxonomyDto {
  /**
   * The whole taxonomy that replaces the one in force: `categories`, `topics`, `priorities`,
   * `severities` and `sentiments`, as `GET /taxonomy` returns it. Checked field by field.
   */
  @IsObject() taxonomy!: Record<string, unknown>;
  /** Why it changes, recorded with the change. */
  @IsString() @Length(1, 500) reason!: string;
}
