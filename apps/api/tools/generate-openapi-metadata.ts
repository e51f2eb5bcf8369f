/**
 * Writes `apps/api/src/openapi/openapi-metadata.ts`: the Swagger plugin's reading of the DTOs and
 * controllers (types, optionality, class-validator limits, doc comments), which SWC-compiled code
 * cannot produce at run time. Run `npm run openapi:metadata` after changing a DTO or a route; CI
 * fails when the committed file is stale.
 */
import { join } from 'node:path';
import { PluginMetadataGenerator } from '@nestjs/cli/lib/compiler/plugins/plugin-metadata-generator';
import type { ReadonlyVisitor as Visitor } from '@nestjs/cli/lib/compiler/interfaces/readonly-visitor.interface';

// The package exports its plugin only under node16 module resolution, which this project does not use.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ReadonlyVisitor } = require('@nestjs/swagger/plugin') as {
  ReadonlyVisitor: new (options: Record<string, unknown>) => Visitor;
};

const outputDir = join(__dirname, '..', 'src', 'openapi');

new PluginMetadataGenerator().generate({
  visitors: [
    new ReadonlyVisitor({ introspectComments: true, classValidatorShim: true, pathToSource: outputDir }),
  ],
  outputDir,
  filename: 'openapi-metadata.ts',
  watch: false,
  tsconfigPath: 'apps/api/tsconfig.app.json',
});
