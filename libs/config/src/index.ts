export * from './config-error';
export * from './ledger-config';
export * from './sla-config';
export * from './shutdown-deadline';
export * from './intake-config';
export * from './feedback-options-of';
export * from './alerts-config';
export * from './access-config';
