export * from './ledger-metrics';
export * from './observability.module';
export * from './observability-options';
export * from './request-logging';
