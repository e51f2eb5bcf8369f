export * from './ledger-metrics';
export * from './observability.module';
export * from './observability-options';
