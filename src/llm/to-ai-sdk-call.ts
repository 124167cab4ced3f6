import type { ModelMessage, Tool } from 'ai';
import { tool } from 'ai';
import type { ChatMessage, ModelRequest, ToolSet } from '../core/ports/language-model.ts';

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

/** The port's tools as AI SDK tools (no `execute`: the caller runs them). */
export function toAiTools(tools: ToolSet): Record<string, Tool> {
  const out: Record<string, Tool> = {};
  for (const [name, spec] of Object.entries(tools)) {
    out[name] = tool({ description: spec.description, inputSchema: spec.input as never });
  }
  return out;
}

/** The port's tool choice in the AI SDK's form. */
export function toAiToolChoice(choice: NonNullable<ModelRequest['toolChoice']>) {
  return typeof choice === 'string' ? choice : { type: 'tool' as const, toolName: choice.tool };
}
