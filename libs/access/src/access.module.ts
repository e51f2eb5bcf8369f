import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ACCESS_OPTIONS, type AccessModuleOptions } from './access-options';
import { ApiKeys } from './api-keys';

/** API keys for every module that authenticates or manages them. */
@Global()
@Module({})
export class AccessModule {
  static forRoot(options: AccessModuleOptions): DynamicModule {
    return {
      module: AccessModule,
      providers: [{ provide: ACCESS_OPTIONS, useValue: options }, ApiKeys],
      exports: [ApiKeys],
    };
  }
}
