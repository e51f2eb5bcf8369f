import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsString,
  Length,
  Matches,
} from 'class-validator';
import { ROLES, type Role } from '@ledger/domain';
import { IsNotBlank } from '../feedback/dto/validators';

export class CreateApiKeyDto {
  /** Recorded as the actor of everything done with the key, e.g. `call-centre` or `analyst-zhou`. */
  @IsString()
  @Length(1, 100)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._@-]*$/, {
    message: 'name must start with a letter or digit and hold only letters, digits, . _ @ -',
  })
  name!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles!: Role[];
}

export class RevokeApiKeyDto {
  @IsString() @IsNotBlank() @Length(1, 500) reason!: string;
}

export class ApiKeyIdDto {
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
    message: 'keyId must be a UUID',
  })
  keyId!: string;
}
