import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { promLlmMetrics } from './llm-metrics.ts';

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
