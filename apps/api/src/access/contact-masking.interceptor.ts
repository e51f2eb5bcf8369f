import {
  Injectable,
  StreamableFile,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { map, type Observable } from 'rxjs';
import type { Principal } from '@ledger/access';
import { maskContactData } from '@ledger/domain';
import { seesContactData } from './contact-visibility';

/**
 * Masks contact data in every JSON answer for a caller who may not see it, whatever the route:
 * tickets, histories, states, views. Text answers (CSV, reports) are masked where they are made.
 */
@Injectable()
export class ContactMaskingInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const { principal } = context.switchToHttp().getRequest<{ principal?: Principal }>();
    if (seesContactData(principal)) return next.handle();
    return next
      .handle()
      .pipe(
        map((body: unknown) =>
          body !== null && typeof body === 'object' && !(body instanceof StreamableFile)
            ? maskContactData(body)
            : body,
        ),
      );
  }
}
