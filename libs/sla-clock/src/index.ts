export * from './check-sla.command';
export * from './sla-clock';
export * from './sla-clock.module';
export * from './sla-rules';
