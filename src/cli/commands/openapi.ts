import type { Command } from 'commander';
import { buildBackendOpenApi, writeBackendOpenApi } from '../../backend/index.ts';

/** `maitre openapi [--write]`: the backend contract as OpenAPI 3.1 (openapi/backend.yaml). */
export function registerOpenapiCommand(program: Command): void {
  program
    .command('openapi')
    .description('print the backend OpenAPI 3.1 document (or --write openapi/backend.yaml)')
    .option('--write', 'write openapi/backend.yaml')
    .action((opts: { write?: boolean }) => {
      if (opts.write) {
        const path = writeBackendOpenApi();
        process.stdout.write(`wrote ${path}\n`);
      } else process.stdout.write(`${JSON.stringify(buildBackendOpenApi(), null, 2)}\n`);
    });
}
