import { ModelStepBudgetError } from '../../errors/index.ts';
import { SUMMARY_QUESTION } from '../dialog/unambiguous-yes.ts';
import type { BackendPort } from '../ports/backend-port.ts';
import type { CommandGenerator, Generation } from '../ports/command-generator.ts';
import type { KnowledgeRetriever } from '../ports/knowledge-retriever.ts';
import type { ChatMessage, LanguageModel, TokenUsage } from '../ports/language-model.ts';
import { type Logger, silentLogger } from '../ports/logger.ts';
import type { LlmUsage } from '../ports/token-budget.ts';
import { actionToolCommands } from './action-tool-commands.ts';
import { type ActionTool, isReadTool, toolsForState } from './model-tools.ts';
import { commandListSchema, proposableCommandTypes } from './proposable-commands.ts';
import { runReadTool } from './run-read-tool.ts';
import {
  buildUnderstandingPrompt,
  type PromptBudget,
  type UnderstandingPrompts,
} from './understanding-prompt.ts';

/** What the model's command generator needs: the model, the prompts, and the ports its read tools use. */
export interface LlmGeneratorOptions {
  model: LanguageModel;
  prompts: UnderstandingPrompts;
  backend: BackendPort;
  knowledge?: KnowledgeRetriever | undefined;
  /** Model calls per turn (tool steps); past it the loop ends with `ModelStepBudgetError`. Default 4. */
  maxSteps?: number;
  /** Completion tokens per call. Default 400. */
  maxOutputTokens?: number;
  budget?: PromptBudget;
  logger?: Logger;
}

/** Confidence given to the model's commands (the rules' confident readings are taken before the model's). */
const MODEL_CONFIDENCE = 0.8;

/**
 * The language model as a `CommandGenerator` (docs/llm.md). Tool calling is the primary path: each step
 * offers the state's tools (`toolsForState`) with `toolChoice: required`.
 * - Read tools (`list_menu`, `get_item_details`, `calculate_total`, `search_knowledge`) run against the
 *   backend and the knowledge retriever; their results go back to the model for another step.
 * - Action tools end the loop: they become proposed commands of the closed language
 *   (`actionToolCommands`; `create_order`/`initiate_payment` refused unless the summary is pending and
 *   the rules read an unambiguous yes), which the command processor validates with zod and resolves
 *   against the menu, and the engine runs, exactly like the rules' commands.
 * - A step that answers in prose instead of a tool call is followed by one structured-output call
 *   (`generateObject`, a zod schema of the commands the state allows).
 * More than `maxSteps` model calls → `ModelStepBudgetError`. Every model failure (typed
 * `LanguageModelError`, including a malformed tool call after the adapter's one retry) propagates: the
 * merge policy (`mergedCommandGenerator`) then lets the rules answer the turn.
 */
export function llmCommandGenerator(options: LlmGeneratorOptions): CommandGenerator {
  const maxSteps = options.maxSteps ?? 4;
  const maxOutputTokens = options.maxOutputTokens ?? 400;
  const logger = options.logger ?? silentLogger;
  return {
    name: 'llm',
    async generate(input) {
      const { state, message } = input;
      const tools = toolsForState(state, { knowledge: options.knowledge !== undefined });
      const prompt = await buildUnderstandingPrompt(input, tools, options.prompts, {
        knowledge: options.knowledge,
        ...(options.budget ? { budget: options.budget } : {}),
      });
      const messages: ChatMessage[] = [...prompt.messages];
      const usage: TokenUsage = { inputTokens: 0, outputTokens: 0 };
      const calls: LlmUsage[] = [];
      const add = (r: { usage: TokenUsage; costMicroUsd: number; model: string }) => {
        usage.inputTokens += r.usage.inputTokens;
        usage.outputTokens += r.usage.outputTokens;
        const call: LlmUsage = {
          ...r.usage,
          costMicroUsd: r.costMicroUsd,
          model: r.model,
          kind: 'understand',
        };
        calls.push(call);
        input.recordUsage?.(call);
      };
      const proposed: unknown[] = [];
      const refusedTools: { tool: string; reason: string }[] = [];
      for (let step = 0; ; step++) {
        if (step >= maxSteps) throw new ModelStepBudgetError(maxSteps);
        const result = await options.model.generate({
          messages,
          tools,
          toolChoice: 'required',
          maxOutputTokens,
          temperature: 0,
        });
        add(result);
        if (result.toolCalls.length === 0) {
          // prose instead of a tool call: ask once for the commands as structured output
          const types = proposableCommandTypes(state);
          const reading = await options.model.generateObject({
            messages: [
              ...messages,
              { role: 'assistant', content: result.text },
              { role: 'user', content: 'Give the moves for the customer\'s message as {"commands": [...]}.' },
            ],
            schema: commandListSchema(types),
            schemaName: 'commands',
            maxOutputTokens,
            temperature: 0,
          });
          add(reading);
          proposed.push(...reading.object.commands);
          break;
        }
        const actions = result.toolCalls.filter((c) => !isReadTool(c.name));
        if (actions.length > 0) {
          for (const call of actions) {
            const outcome = actionToolCommands(call.name as ActionTool, call, { state, message });
            if ('refused' in outcome) refusedTools.push({ tool: call.name, reason: outcome.refused });
            proposed.push(...outcome.commands);
          }
          break;
        }
        messages.push({ role: 'assistant', content: result.text, toolCalls: result.toolCalls });
        for (const call of result.toolCalls) {
          if (!isReadTool(call.name)) continue;
          const output = await runReadTool(call.name, call, {
            backend: options.backend,
            knowledge: options.knowledge,
            venue: input.venue,
            state,
          });
          messages.push({ role: 'tool', toolCallId: call.id, toolName: call.name, result: output });
        }
      }
      if (refusedTools.length > 0)
        logger.warn(
          {
            session: state.sessionId,
            turn: state.turn,
            refused: refusedTools.map((r) => `${r.tool}:${r.reason}`),
            summaryPending: state.pending?.kind === SUMMARY_QUESTION,
          },
          'llm.tool.refused',
        );
      const generation: Generation = {
        source: 'llm',
        commands: proposed.map((command) => ({ command, confidence: MODEL_CONFIDENCE })),
        notUnderstood: [],
        usage,
        ...(refusedTools.length > 0 ? { refusedTools } : {}),
      };
      logger.info(
        {
          session: state.sessionId,
          turn: state.turn,
          prompt: prompt.versions,
          tokens: usage,
          costMicroUsd: calls.reduce((n, c) => n + c.costMicroUsd, 0),
        },
        'llm.understanding.read',
      );
      return generation;
    },
  };
}
