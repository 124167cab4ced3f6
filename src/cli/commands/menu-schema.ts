import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { menuJsonSchema } from '../../domain/menu-json-schema.ts';

export const MENU_SCHEMA_PATH = resolve(import.meta.dirname, '../../../docs/menu.schema.json');

/** `maitre menu-schema [--write]`: the menu.json JSON Schema, printed or written to docs/menu.schema.json. */
export function registerMenuSchemaCommand(program: Command): void {
  program
    .command('menu-schema')
    .description('print the JSON Schema of menu.json (or --write it to docs/menu.schema.json)')
    .option('--write', 'write docs/menu.schema.json')
    .action((opts: { write?: boolean }) => {
      const text = `${JSON.stringify(menuJsonSchema(), null, 2)}\n`;
      if (opts.write) {
        writeFileSync(MENU_SCHEMA_PATH, text);
        process.stdout.write(`wrote ${MENU_SCHEMA_PATH}\n`);
      } else process.stdout.write(text);
    });
}
