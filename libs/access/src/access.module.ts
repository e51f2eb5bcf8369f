import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ACCESS_OPTIONS, type AccessModuleOptions } from './access-options';
import { ApiKeys } from './api-keys';
import { Authenticator } from './authenticator';

/** API keys and issuer tokens, for every module that authenticates callers or manages keys. */
@Global()
@Module({})
export class AccessModule {
  static forRoot(options: AccessModuleOptions): DynamicModule {
    return {
      module: AccessModule,
      providers: [{ provide: ACCESS_OPTIONS, useValue: options }, ApiKeys, Authenticator],
      exports: [ApiKeys, Authenticator],
    };
  }
}
