import type { z } from 'zod';
import { BackendError } from '../domain/backend-error.ts';

/** Parses a body, query or params with the contract's schema; VALIDATION_FAILED lists each issue. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: 'body' | 'query' | 'params' | 'header',
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new BackendError('VALIDATION_FAILED', `the request ${where} is not valid`, {
    in: where,
    issues: result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  });
}
