import { Injectable, type PipeTransform } from '@nestjs/common';
import { validate as isUuid } from 'uuid';
import { badRequest } from '../http/validation-pipe';

@Injectable()
export class CaseIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUuid(value)) throw badRequest([{ field: 'caseId', reason: 'caseId must be a UUID' }]);
    return value.toLowerCase();
  }
}
