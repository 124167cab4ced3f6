import { describe, expect, it } from 'vitest';
import { frozenCopy } from './frozen-copy.ts';

const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value));

function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every(deeplyFrozen);
}

describe('frozenCopy', () => {
  const shared = { x: 1 };
  const odd = {
    a: 1,
    gone: undefined,
    fn: () => 1,
    negZero: -0,
    inf: Number.POSITIVE_INFINITY,
    list: [1, undefined, () => 2, Symbol('s'), Number.NaN, new Array(1), { b: [true, null, 'c'] }],
    holes: new Array(2),
    date: new Date(0),
    map: new Map([[1, 2]]),
    withJson: { toJSON: () => ({ said: 'json' }) },
    nullProto: Object.assign(Object.create(null), { k: 'v' }),
    twice: [shared, shared],
    nested: { deeper: { deepest: [] as unknown[] } },
  };

  it('is the value a JSON round trip gives, keys in the same order, every part frozen', () => {
    const got = frozenCopy(odd);
    expect(got).toStrictEqual(roundTrip(odd));
    expect(JSON.stringify(got)).toBe(JSON.stringify(odd));
    expect(Object.keys(got)).toEqual(Object.keys(roundTrip(odd)));
    expect(deeplyFrozen(got)).toBe(true);
    expect(Object.isFrozen(odd)).toBe(false);
    expect(Object.isFrozen(shared)).toBe(false);
  });

  it('copies primitives and refuses what JSON refuses', () => {
    expect(frozenCopy('text')).toBe('text');
    expect(frozenCopy(null)).toBe(null);
    expect(frozenCopy(-0)).toBe(0);
    expect(() => frozenCopy(undefined)).toThrow(TypeError);
    expect(() => frozenCopy({ n: 1n })).toThrow(TypeError);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => frozenCopy(cycle)).toThrow();
  });

  it('copies a frozen input apart, as JSON would', () => {
    const first = frozenCopy({ history: [{ role: 'user', text: 'hi' }], turn: 1 });
    const mine = { history: [...first.history, { role: 'bot', text: 'hello', gone: undefined }], turn: 2 };
    const second = frozenCopy(mine);
    expect(second).toStrictEqual(roundTrip(mine));
    expect(second.history[0]).not.toBe(first.history[0]);
    expect(deeplyFrozen(second)).toBe(true);
  });
});
