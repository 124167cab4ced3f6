import { LanguageModelError } from './language-model-error.ts';

/**
 * The model produced a malformed tool call twice in a row (the call is retried once): Groq's HTTP 400
 * with error code `tool_use_failed`, an unknown tool name, or arguments that do not match the tool's zod
 * schema. Code `LLM_TOOL_USE_FAILED`; `toolName` when known. The failed generation itself is not kept
 * (it may quote the customer).
 */
export class ModelToolCallError extends LanguageModelError {
  readonly toolName: string | undefined;

  constructor(message: string, model?: string, toolName?: string, options?: ErrorOptions) {
    super(
      'LLM_TOOL_USE_FAILED',
      `Language model tool call failed: ${message}`,
      false,
      { model, toolName },
      options,
    );
    this.toolName = toolName;
  }
}
