import { describe, expect, it } from 'vitest';
import { formatKnowledgeBench, runKnowledgeBench } from '../../../bench/knowledge-bench.ts';
import { formatLlmBench, runLlmBench } from '../../../bench/llm-bench.ts';
import { benchVenue, formatBench } from '../../../bench/run-bench.ts';
import { syntheticVenue } from '../../../bench/synthetic-venue.ts';
import { fixtureVenue } from '../../testing/fixture-venue.ts';

describe('bench', () => {
  it('measures parse and turn latency and session size on a small run', async () => {
    const row = await benchVenue(fixtureVenue(), { conversations: 2, sessions: 50 });
    expect(row.turns).toBeGreaterThan(10);
    expect(row.turnP50).toBeGreaterThan(0);
    expect(row.turnP99).toBeGreaterThanOrEqual(row.turnP50);
    expect(row.stateBytes).toBeGreaterThan(100);
    expect(formatBench([row])).toMatch(/test-bistro .* turn p99|Goal: turn p99 < 5 ms/s);
  });

  it('generates a valid 200-item synthetic venue', () => {
    const venue = syntheticVenue(200);
    expect(venue.menu.items).toHaveLength(200);
    expect(new Set(venue.menu.items.map((i) => i.id)).size).toBe(200);
  });

  it('times a knowledge index build and hybrid queries over synthetic chunks', async () => {
    const [row] = await runKnowledgeBench({ sizes: [200], queries: () => 20 });
    expect(row?.chunks).toBe(200);
    expect(row?.buildMs).toBeGreaterThan(0);
    expect(row?.queryP99).toBeGreaterThanOrEqual(row?.queryP50 ?? 0);
    expect(formatKnowledgeBench(row ? [row] : [])).toMatch(/200\s+\d+/);
  });

  it('measures the latency the bot adds on top of a fixed-delay model, phrasing every turn it can', async () => {
    const row = await runLlmBench({
      sessions: 20,
      rate: 40,
      seconds: 1,
      modelDelayMs: 5,
      tokenMs: 1,
      cpuTurns: 10,
    });
    expect(row.turns).toBe(40);
    // the model phrased most turns (the others say nothing or must keep the templates' wording)
    expect(row.phrased).toBeGreaterThan(row.turns / 2);
    expect(row.firstForwardedP50).toBeGreaterThanOrEqual(5);
    expect(row.turnAddedP99).toBeGreaterThanOrEqual(row.turnAddedP50);
    expect(row.turnCpuP50).toBeGreaterThan(0);
    expect(formatLlmBench([row])).toMatch(/^\s*sessions\s+rate/);
  });
});
