import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { CUSTOMER_SEGMENTS, LIMITS, type CustomerSegment } from '@ledger/domain';

export class CustomerDto {
  @IsOptional() @IsString() @Length(1, 100) id?: string;
  @IsOptional() @IsString() @Length(1, LIMITS.name) name?: string;
  @IsOptional()
  @Matches(/^\+?[0-9][0-9 ()-]{2,29}$/, {
    message: 'phone must be digits, optionally with +, spaces, () and -',
  })
  phone?: string;
  @IsOptional() @IsEmail() @MaxLength(254) email?: string;
  @IsOptional() @IsIn(CUSTOMER_SEGMENTS) segment?: CustomerSegment;
}
