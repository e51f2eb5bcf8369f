export * from './alerts-options';
export * from './alerts.module';
export * from './alert-webhook';
export * from './spike-monitor';
export * from './list-alerts.query';
