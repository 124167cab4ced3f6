import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { ConfigError } from '../errors/index.ts';

/**
 * Parses the variables `schema` names from `env` (unset and empty count as absent, so defaults apply).
 *
 * Secrets from files (Docker/compose `secrets:`, Kubernetes secret volumes): when a variable `X` is
 * absent and `X_FILE` names a file, the file's content (UTF-8, trailing line breaks removed) is the
 * value of `X`; an empty file counts as absent, like an empty variable. This holds for every variable the schema names. Setting both `X` and `X_FILE` is an
 * error, as is an unreadable file.
 *
 * The first bad value throws ConfigError naming the variable, what it held and what is wrong (a value
 * read from a file is never echoed: it is likely a secret).
 */
export function parseEnv<S extends z.ZodObject>(
  schema: S,
  env: Record<string, string | undefined>,
): z.output<S> {
  const input: Record<string, string> = {};
  const fromFile = new Set<string>();
  for (const key of Object.keys(schema.shape)) {
    const value = present(env[key]);
    const file = present(env[`${key}_FILE`]);
    if (value !== undefined && file !== undefined)
      throw new ConfigError(key, `and ${key}_FILE are both set; set one of them`);
    if (value !== undefined) input[key] = value;
    else if (file !== undefined) {
      const content = readSecretFile(`${key}_FILE`, file);
      if (content !== '') input[key] = content;
      fromFile.add(key);
    }
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const variable = String(issue?.path[0] ?? 'environment');
  const shown = fromFile.has(variable)
    ? `(read from ${variable}_FILE)`
    : `(${JSON.stringify(input[variable] ?? '')})`;
  throw new ConfigError(variable, `is invalid ${shown}: ${issue?.message}`);
}

function present(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** The content of the file `path` named by `variable`, without trailing line breaks (`echo` adds one). */
function readSecretFile(variable: string, path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/[\r\n]+$/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new ConfigError(variable, `names a file that cannot be read (${path}: ${code})`);
  }
}
