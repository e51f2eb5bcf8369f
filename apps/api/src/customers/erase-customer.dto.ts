import { IsString, Length, ValidateBy } from 'class-validator';
import { parseCustomerIdentifier } from '@ledger/domain';
import { IsNotBlank, Optional } from '../feedback/dto/validators';

export class CustomerIdentifierDto {
  /** How the customer is known: `phone:13812345678`, `email:zhang@example.com` or `id:C-1001`. */
  @Length(3, 320)
  @ValidateBy({
    name: 'isCustomerIdentifier',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && parseCustomerIdentifier(value) !== undefined,
      defaultMessage: () =>
        'customer must be phone:<number>, email:<address> or id:<customer id>, e.g. phone:13812345678',
    },
  })
  customer!: string;
}

export class EraseCustomerDto {
  /** Why, for the audit trail, e.g. the reference of the customer's request. Not personal data. */
  @Optional() @IsString() @IsNotBlank() @Length(1, 500) reason?: string;
}
