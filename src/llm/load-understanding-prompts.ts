import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePromptTemplate } from '../core/model/prompt-template.ts';
import type { UnderstandingPrompts } from '../core/model/understanding-prompt.ts';

/** The prompt templates' folder: `prompts/` at the repository root. */
export const PROMPTS_DIR = resolve(import.meta.dirname, '../../prompts');

/**
 * Reads and validates the understanding prompt templates (`understand-system.md`,
 * `understand-user.md`: front matter with name, version and variables, then the text) once, at start.
 * @throws Error naming the file when one is missing or invalid: start-up stops.
 */
export function loadUnderstandingPrompts(dir = PROMPTS_DIR): UnderstandingPrompts {
  const load = (file: string) => parsePromptTemplate(file, readFileSync(join(dir, file), 'utf8'));
  return { system: load('understand-system.md'), user: load('understand-user.md') };
}
