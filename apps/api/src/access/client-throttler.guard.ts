import { Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerRequest } from '@nestjs/throttler';
import type { Principal } from '@ledger/access';

/** The customers' lookup has a limit of its own, per address: nobody there has a key. */
export const TRACK_THROTTLER = 'track';
export const CLIENT_THROTTLER = 'client';

interface ThrottledRequest {
  readonly ip: string;
  readonly routeOptions: { readonly url?: string };
  readonly principal?: Principal;
}

/**
 * Every client is limited per minute: a caller with a key by its key (several replicas of a
 * service share one budget), anyone else by address. `/track/...` counts against the stricter
 * customer limit instead; the probes are never limited, so a busy moment cannot fail a health check.
 */
@Injectable()
export class ClientThrottlerGuard extends ThrottlerGuard {
  protected override async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    const url = props.context.switchToHttp().getRequest<ThrottledRequest>().routeOptions.url ?? '';
    if (url.startsWith('/health/')) return true;
    const trackRoute = url.startsWith('/track/');
    if (trackRoute !== (props.throttler.name === TRACK_THROTTLER)) return true;
    return super.handleRequest(props);
  }

  /** One limit applies to a route, so its headers need no throttler name (Retry-After, X-RateLimit-*). */
  protected override setResponseHeader(
    response: Record<string, unknown>,
    name: string,
    value: string | number,
  ): void {
    super.setResponseHeader(response, name.replace(/-(client|track)$/, ''), value);
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const { principal, ip } = request as unknown as ThrottledRequest;
    return principal ? `key:${principal.name}` : `address:${ip}`;
  }
}
