import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ToolSet } from '../core/ports/language-model.ts';
import { cachedSchema, toAiTools } from './to-ai-sdk-call.ts';

describe('toAiTools', () => {
  it('converts a tool set once, and a spec shared by two sets once', () => {
    const shared = { description: 'look an item up', input: z.object({ itemId: z.string() }) };
    const a: ToolSet = { get_item_details: shared };
    const b: ToolSet = { get_item_details: shared, list_menu: { description: 'list', input: z.object({}) } };
    const first = toAiTools(a);
    expect(toAiTools(a)).toBe(first);
    expect(toAiTools(b).get_item_details).toBe(first.get_item_details);
  });

  it('sends the zod schema as JSON Schema, computed once, and still validates with it', async () => {
    const input = z.object({ itemId: z.string().min(1) });
    const schema = cachedSchema(input);
    expect(cachedSchema(input)).toBe(schema);
    const json = (await schema.jsonSchema) as { properties?: Record<string, unknown> };
    expect(Object.keys(json.properties ?? {})).toEqual(['itemId']);
    expect(await schema.jsonSchema).toBe(json);
    expect((await schema.validate?.({ itemId: '' }))?.success).toBe(false);
    expect((await schema.validate?.({ itemId: 'samosa' }))?.success).toBe(true);
  });
});
