/** A configuration value that is not allowed; start-up stops with this message. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
