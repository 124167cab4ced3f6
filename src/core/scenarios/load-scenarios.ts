import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseFile } from '../../domain/load-venue.ts';
import { Scenario } from './scenario.ts';

export const SCENARIOS_DIR = resolve(import.meta.dirname, '../../../scenarios');

/** Every scenarios/<venue>/*.yaml, validated; a file may hold one scenario or a list. */
export function loadScenarios(root = SCENARIOS_DIR): Array<Scenario & { file: string }> {
  const out: Array<Scenario & { file: string }> = [];
  for (const venue of readdirSync(root).sort()) {
    const dir = join(root, venue);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.yaml') || x.endsWith('.yml'))
      .sort()) {
      const file = join(dir, f);
      const raw = parseYaml(readFileSync(file, 'utf8')) as unknown;
      const docs = Array.isArray(raw) ? raw : [raw];
      for (const doc of docs)
        out.push({ ...parseFile(file, Scenario, { venue, ...(doc as object) }), file: `${venue}/${f}` });
    }
  }
  return out;
}
