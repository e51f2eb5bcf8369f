/** The part of Node's HTTP server that ends connections a client keeps open. */
interface ConnectionCloser {
  closeAllConnections(): void;
}

/**
 * Nest closes the application on SIGTERM and SIGINT (enableShutdownHooks): the server stops
 * accepting, requests under way are answered, the SLA clock stops after the ticket it is checking,
 * the projector's batch commits, the event store flushes its group commit. Two bounds keep that short:
 * - after a grace of a quarter of the timeout (at most a second), connections a client still holds
 *   open are ended: their requests are answered or were refused with 503 by then, but a keep-alive
 *   client would otherwise hold the server open;
 * - past the timeout, the process exits with status 1 rather than hang an orchestrator's rollout.
 */
export function boundShutdown(
  timeoutMs: number,
  server: ConnectionCloser,
  log: (message: string) => void,
): void {
  const arm = (signal: NodeJS.Signals) => {
    setTimeout(() => server.closeAllConnections(), Math.min(1000, timeoutMs / 4)).unref();
    setTimeout(() => {
      log(`shutdown after ${signal} took longer than ${timeoutMs} ms; exiting`);
      process.exit(1);
    }, timeoutMs).unref();
  };
  process.once('SIGTERM', arm);
  process.once('SIGINT', arm);
}
