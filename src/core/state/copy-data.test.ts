import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clonePlain, copyJson } from './copy-data.ts';

const jsonRoundTrip = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe('clonePlain', () => {
  it('equals structuredClone on any plain value, and shares nothing with it', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withSparseArray: true }), (v) => {
        const copy = clonePlain(v);
        expect(copy).toStrictEqual(structuredClone(v));
        if (typeof v === 'object' && v !== null) expect(copy).not.toBe(v);
      }),
    );
  });

  it('keeps undefined values, holes and shared objects as structuredClone does', () => {
    const shared = { a: 1 };
    // biome-ignore lint/suspicious/noSparseArray: a hole is what is tested
    const value = { x: undefined, list: [1, , 3], one: shared, two: shared };
    const copy = clonePlain(value);
    expect(copy).toStrictEqual(structuredClone(value));
    expect('x' in copy).toBe(true);
    expect(1 in copy.list).toBe(false);
    expect(copy.one).toBe(copy.two);
    expect(copy.one).not.toBe(shared);
  });

  it('copies a cycle as a cycle', () => {
    const value: { self?: unknown; n: number } = { n: 1 };
    value.self = value;
    const copy = clonePlain(value);
    expect(copy.self).toBe(copy);
    expect(copy).not.toBe(value);
  });

  it('hands other objects to structuredClone (a Date stays a Date; a function is refused)', () => {
    const when = new Date(0);
    const copy = clonePlain({ when, seen: new Map([[1, 2]]) });
    expect(copy.when).toBeInstanceOf(Date);
    expect(copy.when).not.toBe(when);
    expect(copy.seen.get(1)).toBe(2);
    expect(() => clonePlain({ f: () => 1 })).toThrow();
  });
});

describe('copyJson', () => {
  it('equals a JSON round trip on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(copyJson(v)).toStrictEqual(jsonRoundTrip(v));
      }),
    );
  });

  it('equals a JSON round trip on values JSON writes its own way', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withSparseArray: true,
          withTypedArray: true,
          withBoxedValues: true,
        }),
        (v) => {
          fc.pre(v !== undefined && JSON.stringify(v) !== undefined);
          expect(copyJson(v)).toStrictEqual(jsonRoundTrip(v));
        },
      ),
    );
  });

  it('leaves out undefined and functions, writes null for them in arrays and for non-finite numbers', () => {
    const value = { a: undefined, f: () => 1, list: [undefined, () => 1, Number.NaN, 1], n: Infinity };
    expect(copyJson(value)).toStrictEqual({ list: [null, null, null, 1], n: null });
    expect(Object.is(copyJson({ z: -0 }).z, 0)).toBe(true);
    expect(copyJson({ when: new Date(0) })).toStrictEqual({ when: '1970-01-01T00:00:00.000Z' });
  });

  it('copies a shared object apart, and refuses a cycle', () => {
    const shared = { a: 1 };
    const copy = copyJson({ one: shared, two: shared });
    expect(copy.one).not.toBe(copy.two);
    const cycle: { self?: unknown } = {};
    cycle.self = cycle;
    expect(() => copyJson(cycle)).toThrow();
  });

  it('lists own keys only, also when Object.prototype has an enumerable property', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = 1;
    try {
      const value = { a: { b: 1 }, list: [{ c: 2 }] };
      expect(Object.keys(copyJson(value).a)).toEqual(['b']);
      expect(Object.keys(clonePlain(value).list[0] as object)).toEqual(['c']);
      expect(Object.hasOwn(copyJson(value), 'polluted')).toBe(false);
      expect(Object.hasOwn(clonePlain(value), 'polluted')).toBe(false);
    } finally {
      delete proto.polluted;
    }
  });

  it('reads a toJSON key that is no function as plain data, as JSON does', () => {
    const value = { toJSON: 'text', n: 1, gone: { toJSON: undefined, k: 2 } };
    expect(copyJson(value)).toStrictEqual(jsonRoundTrip(value));
  });

  it('keeps a __proto__ key as an own key, as JSON.parse does', () => {
    const value = JSON.parse('{"__proto__":{"x":1},"y":2}') as object;
    const copy = copyJson(value);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(copy).toStrictEqual(jsonRoundTrip(value));
  });
});
