import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/index.ts';
import { loadPhrasePrompts } from './load-phrase-prompts.ts';

describe('loadPhrasePrompts', () => {
  it('reads the versioned templates with every placeholder', () => {
    const prompts = loadPhrasePrompts();
    expect(prompts.version).toBe('phrase-v1');
    expect(prompts.system).toContain('{{venue}}');
    for (const p of ['{{history}}', '{{message}}', '{{draft}}', '{{facts}}'])
      expect(prompts.user).toContain(p);
  });

  it('refuses a template that lost a placeholder, naming the folder', () => {
    const root = `${mkdtempSync(join(tmpdir(), 'prompts-'))}/`;
    mkdirSync(join(root, 'v9'));
    writeFileSync(join(root, 'v9', 'system.md'), 'Role: the assistant of {{venue}}, nothing else here.');
    writeFileSync(join(root, 'v9', 'user.md'), 'Customer: {{message}} and a draft without the rest.');
    expect(() => loadPhrasePrompts('v9', root)).toThrow(ConfigError);
    expect(() => loadPhrasePrompts('v9', root)).toThrow(/prompts\/phrase\/v9/);
  });
});
