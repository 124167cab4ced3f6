import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { buildBackendOpenApi } from './build-backend-openapi.ts';

/** Where the committed contract lives. */
export const BACKEND_OPENAPI_FILE = resolve(import.meta.dirname, '../../../openapi/backend.yaml');

const HEADER = '# Generated from src/contract/backend-api.ts by `npm run openapi`. Do not edit by hand.\n';

export function renderBackendOpenApiYaml(): string {
  return HEADER + stringify(buildBackendOpenApi(), { lineWidth: 0, aliasDuplicateObjects: false });
}

/** Writes openapi/backend.yaml (or `file`); returns the path written. */
export function writeBackendOpenApi(file: string = BACKEND_OPENAPI_FILE): string {
  writeFileSync(file, renderBackendOpenApiYaml());
  return file;
}
