import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { APP_OPTIONS, httpAdapter } from '../../apps/api/src/create-app';
import { validationPipe } from '../../apps/api/src/http/validation-pipe';
import { BaselineController } from './baseline.controller';

@Module({ controllers: [BaselineController] })
class BaselineModule {}

/** The benchmarks' baseline: the same adapter, options and validation as the service, nothing else. */
async function main(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(BaselineModule, httpAdapter(), {
    logger: ['error'],
    ...APP_OPTIONS,
  });
  app.useGlobalPipes(validationPipe());
  await app.listen(Number(process.env.PORT ?? 3999), '127.0.0.1');
}

void main();
