import { IsIn } from 'class-validator';
import { Optional } from '../feedback/dto/validators';

export class ListAlertsDto {
  /** `true`: only open alerts; `false`: only ended ones; absent: all. */
  @Optional() @IsIn(['true', 'false'], { message: 'active must be true or false' }) active?: 'true' | 'false';
}
