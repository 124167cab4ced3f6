import type { z } from 'zod';
import { ConfigError } from '../errors/index.ts';

/**
 * Parses the variables `schema` names from `env` (unset and empty count as absent, so defaults apply).
 * The first bad value throws ConfigError naming the variable, what it held and what is wrong.
 */
export function parseEnv<S extends z.ZodObject>(
  schema: S,
  env: Record<string, string | undefined>,
): z.output<S> {
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const variable = String(issue?.path[0] ?? 'environment');
  throw new ConfigError(variable, `is invalid (${JSON.stringify(input[variable] ?? '')}): ${issue?.message}`);
}
