import { describe, expect, it } from 'vitest';
import { fastifyTrustProxy } from './trust-proxy.ts';

describe('fastifyTrustProxy', () => {
  it('turns a hop count into a function trusting that many nearest hops', () => {
    const trust = fastifyTrustProxy(2);
    expect(typeof trust).toBe('function');
    const fn = trust as (address: string, hop: number) => boolean;
    expect([0, 1, 2, 3].map((hop) => fn('10.0.0.1', hop))).toEqual([true, true, false, false]);
  });

  it('passes false and address lists through', () => {
    expect(fastifyTrustProxy(false)).toBe(false);
    expect(fastifyTrustProxy(['127.0.0.1', '10.0.0.0/8'])).toEqual(['127.0.0.1', '10.0.0.0/8']);
  });
});
