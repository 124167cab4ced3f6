import type { ModelMessage, Schema, Tool } from 'ai';
import { tool, zodSchema } from 'ai';
import type { ZodType } from 'zod';
import type { ChatMessage, ModelRequest, ToolSet, ToolSpec } from '../core/ports/language-model.ts';

/** The port's messages as AI SDK messages (assistant tool calls as `tool-call` parts, tool results as JSON). */
export function toModelMessages(messages: ChatMessage[]): ModelMessage[] {
  return messages.map(toModelMessage);
}

function toModelMessage(m: ChatMessage): ModelMessage {
  if (m.role === 'system' || m.role === 'user') return { role: m.role, content: m.content };
  if (m.role === 'assistant') {
    return {
      role: 'assistant',
      content: [
        ...(m.content !== '' ? [{ type: 'text' as const, text: m.content }] : []),
        ...(m.toolCalls ?? []).map((c) => ({
          type: 'tool-call' as const,
          toolCallId: c.id,
          toolName: c.name,
          input: c.input,
        })),
      ],
    };
  }
  return {
    role: 'tool',
    content: [
      {
        type: 'tool-result',
        toolCallId: m.toolCallId,
        toolName: m.toolName,
        output: { type: 'json', value: (m.result ?? null) as never },
      },
    ],
  };
}

const toolsBySet = new WeakMap<ToolSet, Record<string, Tool>>();
const toolBySpec = new WeakMap<ToolSpec, Tool>();
const schemaByZod = new WeakMap<object, Schema<unknown>>();

/**
 * A zod schema as the AI SDK's schema, wrapped once per schema object: the wrapper converts to JSON
 * Schema on first use and keeps the result, so a schema sent on every call is converted once.
 */
export function cachedSchema<T>(schema: ZodType<T>): Schema<T> {
  let wrapped = schemaByZod.get(schema);
  if (!wrapped) {
    wrapped = zodSchema(schema as never) as Schema<unknown>;
    schemaByZod.set(schema, wrapped);
  }
  return wrapped as Schema<T>;
}

/**
 * The port's tools as AI SDK tools (no `execute`: the caller runs them). Converted once per tool set
 * and per spec (the core hands the same objects back for the same dialog state): the JSON Schemas are
 * built on the first call only.
 */
export function toAiTools(tools: ToolSet): Record<string, Tool> {
  const known = toolsBySet.get(tools);
  if (known) return known;
  const out: Record<string, Tool> = {};
  for (const [name, spec] of Object.entries(tools)) {
    let converted = toolBySpec.get(spec);
    if (!converted) {
      converted = tool({ description: spec.description, inputSchema: cachedSchema(spec.input) as never });
      toolBySpec.set(spec, converted);
    }
    out[name] = converted;
  }
  toolsBySet.set(tools, out);
  return out;
}

/** The port's tool choice in the AI SDK's form. */
export function toAiToolChoice(choice: NonNullable<ModelRequest['toolChoice']>) {
  return typeof choice === 'string' ? choice : { type: 'tool' as const, toolName: choice.tool };
}
