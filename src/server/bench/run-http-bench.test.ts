import { describe, expect, it } from 'vitest';
import { formatHttpBench, runHttpBench } from './run-http-bench.ts';

describe('runHttpBench', () => {
  it('drives real turns and reports throughput, latency and memory (smoke run)', async () => {
    const result = await runHttpBench({ sessions: 4, durationSeconds: 1 });
    expect(result.turns).toBeGreaterThan(0);
    expect(result.non2xx).toBe(0);
    expect(result.errors).toBe(0);
    expect(result.turnsPerSecond).toBeGreaterThan(0);
    expect(result.latencyMs.p99).toBeGreaterThanOrEqual(result.latencyMs.p50);
    expect(result.memoryPerSessionBytes).not.toBeNull();
    expect(formatHttpBench(result)).toMatch(/^http 4 sessions: .* turns\/s, p50 .* ms, p99 .* ms/);
  }, 60_000);
});
