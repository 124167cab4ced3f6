import { parse } from 'yaml';
import { z } from 'zod';

/** A prompt template: its name, version (logged with every model turn) and text with `{{variable}}` slots. */
export interface PromptTemplate {
  name: string;
  version: number;
  variables: string[];
  body: string;
}

const FrontMatter = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9-]*$/),
  version: z.number().int().min(1),
  variables: z.array(z.string().regex(/^[a-z][a-z_]*$/)).default([]),
});

const SLOT = /\{\{\s*([a-z][a-z_]*)\s*\}\}/g;

/**
 * Parses a template file: YAML front matter (`name`, `version`, `variables`) between `---` lines, then
 * the text. Valid when the front matter matches and the text uses exactly the declared variables.
 * @throws Error naming the file and the problem (start-up stops on a bad template).
 */
export function parsePromptTemplate(file: string, text: string): PromptTemplate {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`prompt ${file}: no front matter (--- name, version, variables ---)`);
  const meta = FrontMatter.safeParse(parse(match[1] ?? ''));
  if (!meta.success)
    throw new Error(
      `prompt ${file}: bad front matter: ${meta.error.issues.map((i) => i.message).join('; ')}`,
    );
  const body = (match[2] ?? '').trim();
  const used = new Set([...body.matchAll(SLOT)].map((m) => m[1] as string));
  const declared = new Set(meta.data.variables);
  const undeclared = [...used].filter((v) => !declared.has(v));
  const unused = [...declared].filter((v) => !used.has(v));
  if (undeclared.length > 0) throw new Error(`prompt ${file}: undeclared variables ${undeclared.join(', ')}`);
  if (unused.length > 0) throw new Error(`prompt ${file}: declared but unused ${unused.join(', ')}`);
  return { ...meta.data, body };
}

/** Fills a template's slots. @throws Error when a declared variable has no value. */
export function renderPrompt(template: PromptTemplate, values: Record<string, string>): string {
  for (const v of template.variables)
    if (values[v] === undefined) throw new Error(`prompt ${template.name}: no value for ${v}`);
  return template.body.replace(SLOT, (_, v: string) => values[v] ?? '');
}
