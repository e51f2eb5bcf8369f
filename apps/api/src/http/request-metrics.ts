import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { LedgerMetrics, outcomeOf } from '@ledger/observability';
import { COMMAND_ROUTES } from '../feedback/command-routes';

/**
 * Times every request once Fastify has answered it, by its route pattern (never the raw URL, which
 * would give one series per ticket), and counts commands by type and outcome.
 */
export function recordRequestMetrics(app: NestFastifyApplication): void {
  const metrics = app.get(LedgerMetrics);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url ?? 'unmatched';
      const seconds = reply.elapsedTime / 1000;
      const status = String(reply.statusCode);
      metrics.requestSeconds.observe({ method: request.method, route, status }, seconds);
      const command = request.method === 'POST' ? COMMAND_ROUTES[route] : undefined;
      if (command) {
        metrics.commands.inc({ command, outcome: outcomeOf(reply.statusCode), status });
        metrics.commandSeconds.observe({ command }, seconds);
      }
      done();
    });
}
