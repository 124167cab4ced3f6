import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { PHRASE_PLACEHOLDERS, type PhrasePrompts } from '../core/phrase/phrase-prompt.ts';
import { ConfigError } from '../errors/index.ts';

/** The phrasing prompts in use (prompts/phrase/<version>/). */
export const PHRASE_PROMPT_VERSION = 'v1';

const ROOT = fileURLToPath(new URL('../../prompts/phrase/', import.meta.url));

const template = (placeholders: readonly string[]) =>
  z
    .string()
    .min(20)
    .refine((t) => placeholders.every((p) => t.includes(p)), {
      message: `must contain ${placeholders.join(', ')}`,
    });

/**
 * Reads the phrasing prompt templates `prompts/phrase/<version>/system.md` and `user.md` (checked:
 * non-empty, every placeholder present). The version is part of the reply cache's key and of the
 * `phrase.turn` log, so a changed prompt never serves an answer written by the old one.
 * @throws ConfigError (`prompts/phrase/<version>`) when a file is missing or a template lacks a placeholder.
 */
export function loadPhrasePrompts(version = PHRASE_PROMPT_VERSION, root = ROOT): PhrasePrompts {
  const where = `prompts/phrase/${version}`;
  const read = (file: 'system' | 'user') => {
    let text: string;
    try {
      text = readFileSync(`${root}${version}/${file}.md`, 'utf8');
    } catch {
      throw new ConfigError(where, `has no ${file}.md`);
    }
    const parsed = template(PHRASE_PLACEHOLDERS[file]).safeParse(text);
    if (!parsed.success) throw new ConfigError(where, `${file}.md ${parsed.error.issues[0]?.message}`);
    return parsed.data.trim();
  };
  return { version: `phrase-${version}`, system: read('system'), user: read('user') };
}
