import {
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { Authenticator, type Principal } from '@ledger/access';
import { recordActor } from '@ledger/observability';
import { ACCESS_MATRIX, PUBLIC, routeKey } from './access-matrix';

export interface AuthenticatedRequest {
  readonly method: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly routeOptions: { readonly url?: string };
  readonly raw: IncomingMessage;
  principal?: Principal;
}

const BEARER = /^Bearer ([\x21-\x7e]{1,8192})$/;

/** Every request but the public ones must bring a key whose roles the access matrix allows. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly authenticator: Authenticator) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const route = routeKey(request.method, request.routeOptions.url ?? '');
    const allowed = ACCESS_MATRIX[route];
    if (allowed === PUBLIC) return true;
    const header = request.headers.authorization;
    const key = BEARER.exec(Array.isArray(header) ? (header[0] ?? '') : (header ?? ''))?.[1];
    const principal = key === undefined ? undefined : await this.authenticator.authenticate(key);
    if (!principal) {
      context
        .switchToHttp()
        .getResponse<{ header(name: string, value: string): unknown }>()
        .header('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException({
        message:
          key === undefined ? 'send an API key: Authorization: Bearer <key>' : 'the API key is not valid',
        rule: 'AuthenticationRequired',
      });
    }
    request.principal = principal;
    recordActor(request.raw, principal.name);
    if (!allowed || !principal.roles.some((role) => allowed.includes(role))) {
      throw new ForbiddenException({
        message: `${route} is not open to ${principal.roles.join(', ')}`,
        rule: 'RoleNotAllowed',
        ...(allowed ? { allowedRoles: allowed } : {}),
      });
    }
    return true;
  }
}
