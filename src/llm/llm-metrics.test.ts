import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { promLlmMetrics, promPhraseMetrics } from './llm-metrics.ts';

describe('promLlmMetrics', () => {
  it('counts calls by outcome, tokens by direction and cost in dollars', async () => {
    const registry = new Registry();
    const metrics = promLlmMetrics(registry);
    metrics.recordCall({
      model: 'm',
      outcome: 'ok',
      inputTokens: 1000,
      outputTokens: 200,
      costMicroUsd: 320,
      attempts: 2,
    });
    metrics.recordCall({
      model: 'm',
      outcome: 'circuit_open',
      inputTokens: 0,
      outputTokens: 0,
      costMicroUsd: 0,
      attempts: 0,
    });
    const text = await registry.metrics();
    expect(text).toContain('maitre_llm_calls_total{model="m",outcome="ok"} 1');
    expect(text).toContain('maitre_llm_calls_total{model="m",outcome="circuit_open"} 1');
    expect(text).toContain('maitre_llm_tokens_total{model="m",direction="input"} 1000');
    expect(text).toContain('maitre_llm_tokens_total{model="m",direction="output"} 200');
    expect(text).toContain('maitre_llm_cost_usd_total{model="m"} 0.00032');
    expect(text).toContain('maitre_llm_attempts_total{model="m"} 2');
  });
});

describe('promPhraseMetrics', () => {
  it('sums what conversations spend by kind and direction, with no session label', async () => {
    const registry = new Registry();
    const metrics = promPhraseMetrics(registry);
    metrics.recordTurn({ inputTokens: 1500, outputTokens: 60, costMicroUsd: 336, calls: 2 }, [
      { inputTokens: 900, outputTokens: 20, costMicroUsd: 192, model: 'm', kind: 'understand' },
      { inputTokens: 600, outputTokens: 40, costMicroUsd: 144, model: 'm', kind: 'phrase' },
    ]);
    metrics.recordTurn({ inputTokens: 100, outputTokens: 10, costMicroUsd: 0, calls: 1 }, [
      {
        inputTokens: 100,
        outputTokens: 10,
        costMicroUsd: 0,
        model: 'unknown',
        kind: 'phrase',
        estimated: true,
      },
    ]);
    const text = await registry.metrics();
    expect(text).toContain('maitre_llm_conversation_tokens_total{kind="understand",direction="input"} 900');
    expect(text).toContain('maitre_llm_conversation_tokens_total{kind="phrase",direction="input"} 700');
    expect(text).toContain('maitre_llm_conversation_tokens_total{kind="phrase",direction="output"} 50');
    expect(text).toContain('maitre_llm_conversation_cost_usd_total{kind="understand"} 0.000192');
    expect(text).toContain('maitre_llm_conversation_cost_usd_total{kind="phrase"} 0.000144');
    expect(text).toContain('maitre_llm_turn_tokens_count 2');
  });
});
