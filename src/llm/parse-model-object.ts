import type { ObjectRequest } from '../core/ports/language-model.ts';
import { ModelOutputError } from '../errors/index.ts';

/**
 * Parses structured output: JSON (one surrounding ``` fence tolerated), then the zod schema.
 * @throws ModelOutputError (`LLM_BAD_OUTPUT`): empty, not JSON, or not matching (`issues` as `path: message`).
 */
export function parseObject<T>(text: string, schema: ObjectRequest<T>['schema'], model: string): T {
  const body = text.trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/, '$1');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ModelOutputError(body === '' ? 'empty answer' : 'answer is not JSON', [], model);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ModelOutputError(
      'answer does not match the schema',
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
      model,
    );
  }
  return parsed.data;
}
