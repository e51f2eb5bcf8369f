import { Optional } from './validators';
import { IsEmail, IsIn, IsString, Length, Matches, MaxLength } from 'class-validator';
import { CUSTOMER_SEGMENTS, LIMITS, type CustomerSegment } from '@ledger/domain';

export class CustomerDto {
  @Optional() @IsString() @Length(1, 100) id?: string;
  @Optional() @IsString() @Length(1, LIMITS.name) name?: string;
  @Optional()
  @Matches(/^\+?[0-9][0-9 ()-]{2,29}$/, {
    message: 'phone must be digits, optionally with +, spaces, () and -',
  })
  phone?: string;
  @Optional() @IsEmail() @MaxLength(254) email?: string;
  @Optional() @IsIn(CUSTOMER_SEGMENTS) segment?: CustomerSegment;
}
