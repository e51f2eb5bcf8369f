export * from './access.module';
export * from './access-options';
export * from './api-key-errors';
export * from './api-key-secret';
export * from './api-keys';
export * from './bootstrap-admin-key';
export * from './principal';
