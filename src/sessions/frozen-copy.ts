import { copyJson } from '../core/state/copy-data.ts';

/**
 * A deep copy of `value` as a JSON round trip makes it (`copyJson`: keys with `undefined` values left
 * out, shared objects copied apart), with every object and array of the copy frozen: a snapshot that can
 * be handed out many times, shared, because nothing can change it (a write to it throws a TypeError in
 * strict code). The caller's `value` is neither shared nor frozen. Throws as `JSON.stringify` does (on a
 * cycle or a bigint).
 *
 * One pass copies and freezes plain objects and arrays (the session state is nothing else): about half
 * the cost of a `copyJson` followed by a walk that freezes. What `copyJson` hands to JSON itself (an
 * object with `toJSON`, as a Date; an object that is not plain) goes through JSON here too.
 */
export function frozenCopy<T>(value: T): T {
  const out =
    typeof value === 'object' && value !== null ? frozenJson(value) : jsonPrimitive(value, undefined);
  if (out === undefined) throw new TypeError('frozenCopy: the value has no JSON form');
  return out as T;
}

/** `copyJson(value)` with every object and array of it frozen (undefined when it has no JSON form). */
function frozenJson(value: object): unknown {
  // the cases `copyJson` hands to JSON itself (a toJSON, as a Date; an object that is not plain) go there
  if ((value as { toJSON?: unknown }).toJSON !== undefined || !isPlainData(value)) {
    const text = JSON.stringify(value);
    // undefined: no JSON form (left out of an object, null in an array)
    return text === undefined ? undefined : freezeAll(JSON.parse(text));
  }
  if (Array.isArray(value)) {
    const n = value.length;
    const copy: unknown[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const item = value[i] as unknown;
      // as JSON: a hole, undefined, a function or a symbol is null in an array
      copy[i] =
        typeof item === 'object' && item !== null ? (frozenJson(item) ?? null) : jsonPrimitive(item, null);
    }
    return Object.freeze(copy);
  }
  const copy: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  // own enumerable string keys, in order: what JSON writes
  for (const key of Object.keys(source)) {
    const item = source[key];
    const copied =
      typeof item === 'object' && item !== null ? frozenJson(item) : jsonPrimitive(item, undefined);
    if (copied === undefined) continue;
    // a key `__proto__` as an own data property, as JSON.parse makes it
    if (key === '__proto__')
      Object.defineProperty(copy, key, {
        value: copied,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else copy[key] = copied;
  }
  return Object.freeze(copy);
}

/** An array of the default prototype, or an object of the default or a null prototype. */
function isPlainData(value: object): boolean {
  if (Array.isArray(value)) return Object.getPrototypeOf(value) === Array.prototype;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A primitive as JSON writes it (`copyJson`'s rules); `none` for undefined, a function, a symbol. */
function jsonPrimitive(value: unknown, none: null | undefined): unknown {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? (value === 0 ? 0 : value) : null;
  if (typeof value === 'bigint') return copyJson(value); // throws, as JSON does
  return none;
}

/** Freezes a tree of plain objects and arrays fresh from `copyJson` (no cycles, nothing shared). */
function freezeAll<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) for (const item of value) freezeAll(item);
  else for (const key of Object.keys(value)) freezeAll((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}
