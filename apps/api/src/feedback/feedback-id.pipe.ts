import { Injectable, type PipeTransform } from '@nestjs/common';
import { validate as isUuid } from 'uuid';
import { badRequest } from '../http/validation-pipe';

@Injectable()
export class FeedbackIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUuid(value)) throw badRequest([{ field: 'id', reason: 'id must be a UUID' }]);
    return value.toLowerCase();
  }
}
