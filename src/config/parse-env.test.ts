import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseBackendConfig } from '../backend/config/backend-config.ts';
import { ConfigError } from '../errors/index.ts';
import { parseEnv } from './parse-env.ts';

const schema = z.object({
  TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  PORT: z.coerce.number().int().default(8080),
});

const dir = mkdtempSync(join(tmpdir(), 'maitre-parse-env-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function secretFile(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function thrown(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseEnv', () => {
  it('reads values, treats empty as absent and applies defaults', () => {
    expect(parseEnv(schema, { TOKEN: 'a-token-of-16-chars', PORT: '' })).toEqual({
      TOKEN: 'a-token-of-16-chars',
      PORT: 8080,
    });
  });

  it('takes X from the file named by X_FILE, without the trailing line break', () => {
    const path = secretFile('token', 'from-a-file-0123456789\n');
    expect(parseEnv(schema, { TOKEN_FILE: path, PORT_FILE: secretFile('port', '9090\r\n') })).toEqual({
      TOKEN: 'from-a-file-0123456789',
      PORT: 9090,
    });
  });

  it('keeps inner whitespace of a file value; an empty X_FILE or an empty file is absent', () => {
    const path = secretFile('spaced', '  several words here  \n\n');
    expect(parseEnv(schema, { TOKEN_FILE: path }).TOKEN).toBe('  several words here  ');
    expect(parseEnv(schema, { TOKEN_FILE: '' }).TOKEN).toBeUndefined();
    expect(parseEnv(schema, { TOKEN_FILE: secretFile('empty', '\n') }).TOKEN).toBeUndefined();
  });

  it('refuses X and X_FILE set together, naming the variable', () => {
    const error = thrown(() =>
      parseEnv(schema, { TOKEN: 'a-token-of-16-chars', TOKEN_FILE: secretFile('both', 'x') }),
    );
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain('TOKEN and TOKEN_FILE are both set');
  });

  it('names X_FILE when its file cannot be read', () => {
    const error = thrown(() => parseEnv(schema, { TOKEN_FILE: join(dir, 'missing') }));
    expect(error.message).toContain('TOKEN_FILE names a file that cannot be read');
    expect(error.message).toContain('ENOENT');
  });

  it('validates a file value like any other and never echoes it', () => {
    const error = thrown(() => parseEnv(schema, { TOKEN_FILE: secretFile('short', 'short-secret\n') }));
    expect(error.message).toContain('TOKEN is invalid (read from TOKEN_FILE)');
    expect(error.message).not.toContain('short-secret');
  });

  it('serves the real configurations: the backend reads its secrets from files', () => {
    const config = parseBackendConfig({
      BACKEND_SERVICE_TOKEN_FILE: secretFile('service', 'service-token-0123456789\n'),
      BACKEND_TOKEN_SECRET_FILE: secretFile('hmac', `${'k'.repeat(40)}\n`),
    });
    expect(config.serviceToken).toBe('service-token-0123456789');
    expect(config.tokenSecret).toBe('k'.repeat(40));
  });
});
