import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../core/commands/command.ts';
import { ruleCommandGenerator } from '../core/commands/rule-command-generator.ts';
import { SUMMARY_QUESTION } from '../core/dialog/unambiguous-yes.ts';
import { llmCommandGenerator } from '../core/model/llm-command-generator.ts';
import { mergedCommandGenerator } from '../core/model/merged-command-generator.ts';
import type { CommandGenerator, GeneratorInput } from '../core/ports/command-generator.ts';
import type { Logger } from '../core/ports/logger.ts';
import { loadScenarios } from '../core/scenarios/load-scenarios.ts';
import { runScenario } from '../core/scenarios/run-scenario.ts';
import { scenarioVenues } from '../core/scenarios/scenario-venues.ts';
import { type FakeGroq, type FakeReply, startFakeGroq } from '../testing/fake-groq-server.ts';
import { fixedClock } from '../testing/fixed-clock.ts';
import { inMemoryBackendFactory } from '../testing/in-memory-backend-factory.ts';
import { sequentialIds } from '../testing/sequential-ids.ts';
import { venueKnowledge } from '../testing/venue-knowledge.ts';
import { createLanguageModel } from './ai-sdk-language-model.ts';
import { parseLlmConfig } from './llm-config.ts';
import { loadUnderstandingPrompts } from './load-understanding-prompts.ts';

/**
 * The whole scenario suite in model mode: every message is read by the model generator (the merge
 * policy's rules-first threshold above 1), through the real adapter, over loopback HTTP to the fake
 * Groq, as streamed tool-call deltas; the tool calls become commands through the processor and the
 * engine. The fake's answers are scripted from the rule reading of the same message (the rules are the
 * "model" here): what this proves is the plumbing (tools per state, schemas, the gate, the merge), not
 * a model's accuracy. Every reading must come from the model: a fallback to the rules fails the run.
 */

/** The rule reading of a message as the tool calls a model would make. */
function toolCallsOf(commands: readonly Command[], input: GeneratorInput): FakeReply {
  const calls = commands.map((command) => {
    const { type, ...args } = command;
    switch (type) {
      case 'add_item':
        return { name: 'add_to_cart', arguments: JSON.stringify(args) };
      case 'update_item':
        return { name: 'update_cart_item', arguments: JSON.stringify(args) };
      case 'remove_item':
        return { name: 'remove_from_cart', arguments: JSON.stringify(args) };
      case 'handoff':
        return { name: 'handoff_to_human', arguments: JSON.stringify(args) };
      case 'confirm':
        if (input.state.pending?.kind === SUMMARY_QUESTION) return { name: 'create_order', arguments: '{}' };
        return { name: 'propose_commands', arguments: JSON.stringify({ commands: [command] }) };
      default:
        return { name: 'propose_commands', arguments: JSON.stringify({ commands: [command] }) };
    }
  });
  if (calls.length === 0) return { kind: 'text', chunks: ['{"commands": []}'] };
  return { kind: 'tool-calls', calls, pieces: 2, usage: { promptTokens: 800, completionTokens: 30 } };
}

const scenarios = loadScenarios();
const venueOf = scenarioVenues();
let fake: FakeGroq;
let next: FakeReply | undefined;
const fallbacks: string[] = [];

beforeAll(async () => {
  fake = await startFakeGroq();
  fake.respondWith((request) =>
    // a prose answer is followed by a structured-output request: answer it with the same empty reading
    request.body?.response_format
      ? { kind: 'text', chunks: ['{"commands": []}'] }
      : (next ?? { kind: 'error', status: 500 }),
  );
});
afterAll(async () => {
  await fake.close();
});

describe('conversation scenarios in model mode (fake Groq scripted from the rule reading)', () => {
  for (const scenario of scenarios) {
    it(`${scenario.file}: ${scenario.name}`, async () => {
      const { venue, understanding } = venueOf(scenario.venue);
      const config = parseLlmConfig({
        LLM_BASE_URL: fake.baseUrl,
        LLM_API_KEY: 'test-key',
        LLM_PROVIDER: 'groq',
        LLM_FALLBACK_MODELS: 'none',
        LLM_MAX_RETRIES: '0',
        LLM_SESSION_TOKEN_BUDGET: '0',
        // behaviour, not timing: on a loaded machine a slow call must not time out nor open the breaker
        // for the turns after it (both failed "what did I order?" under load with LLM_UNAVAILABLE)
        LLM_TIMEOUT_MS: '60000',
        LLM_CALL_BUDGET_MS: '60000',
        LLM_BREAKER_FAILURES: '1000',
      });
      if (!config) throw new Error('no config');
      const model = createLanguageModel(config);
      const prompts = loadUnderstandingPrompts();
      const knowledge = await venueKnowledge(venue);
      const logger: Logger = {
        info: () => {},
        error: () => {},
        warn: (fields, event) => {
          if (event === 'llm.understanding.fallback')
            fallbacks.push(`${scenario.name}: ${String(fields.code)}`);
        },
      };
      const failures = await runScenario(scenario, {
        venue,
        understanding,
        backend: inMemoryBackendFactory,
        knowledge,
        clock: fixedClock(),
        ids: () => sequentialIds(),
        commandGenerators: (backend, dialog) => {
          const rules = ruleCommandGenerator(understanding, dialog);
          // the "model" reads what the rules read: its answer is scripted before the call
          const scripted: CommandGenerator = {
            name: 'rules',
            async generate(input) {
              const reading = await rules.generate(input);
              next = toolCallsOf(
                reading.commands.map((c) => c.command as Command),
                input,
              );
              return reading;
            },
          };
          const llm = llmCommandGenerator({ model, prompts, backend, knowledge, logger });
          return [
            mergedCommandGenerator(scripted, llm, { rulesFirstConfidence: 2, sessionTokenBudget: 0 }, logger),
          ];
        },
      });
      const report = failures
        .map((f) => `turn ${f.turn} "${f.user}":\n    ${f.problems.join('\n    ')}\n    bot: ${f.reply}`)
        .join('\n');
      expect(report).toBe('');
      expect(fallbacks.filter((f) => f.startsWith(`${scenario.name}:`))).toEqual([]);
    });
  }
});
