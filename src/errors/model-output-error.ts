import { LanguageModelError } from './language-model-error.ts';

/**
 * The model answered but the answer is unusable: structured output that is not JSON or does not match
 * the zod schema, an empty answer, or a request the provider rejected as invalid (HTTP 400 other than
 * `tool_use_failed`). Code `LLM_BAD_OUTPUT`; `issues` lists the schema problems as `path: message`
 * (never the output text).
 */
export class ModelOutputError extends LanguageModelError {
  readonly issues: string[];

  constructor(message: string, issues: string[], model?: string, options?: ErrorOptions) {
    super('LLM_BAD_OUTPUT', `Language model output unusable: ${message}`, false, { model, issues }, options);
    this.issues = issues;
  }
}
