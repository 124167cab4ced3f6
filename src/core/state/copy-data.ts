/**
 * Copies of plain data (the session state, acts, readings), several times cheaper than
 * `structuredClone` or a JSON round trip: a turn copies its state once, takes a checkpoint before each
 * step that may call the backend, and the parse memo hands out copies, so these copies were a few per
 * cent of a turn's CPU.
 */

/**
 * The same value as `structuredClone(value)` for plain data (objects with the default or a null
 * prototype, arrays, primitives): own enumerable string keys in order, `undefined` values kept, holes
 * kept, an object met twice copied once (shared in the copy as in the original, cycles included). Any
 * other object (a Date, a Map, a class instance, a function) is handed to `structuredClone`, so it is
 * copied, or refused, as there.
 */
export function clonePlain<T>(value: T): T {
  return cloneValue(value, new Map(), prototypePolluted()) as T;
}

/**
 * Whether `Object.prototype` has an enumerable property (polluted): `for...in`, faster than
 * `Object.keys`, would then list it, so the copies list own keys instead.
 */
function prototypePolluted(): boolean {
  for (const _ in EMPTY) return true;
  return false;
}
const EMPTY = Object.freeze({});

function cloneValue(value: unknown, seen: Map<object, unknown>, ownKeys: boolean): unknown {
  if (typeof value !== 'object' || value === null) {
    return typeof value === 'function' || typeof value === 'symbol' ? structuredClone(value) : value;
  }
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return structuredClone(value);
    const n = value.length;
    const out: unknown[] = new Array(n);
    seen.set(value, out);
    for (let i = 0; i < n; i++) if (i in value) out[i] = cloneValue(value[i], seen, ownKeys);
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  const source = value as Record<string, unknown>;
  if (ownKeys) for (const key of Object.keys(source)) setKey(out, key, cloneValue(source[key], seen, true));
  else
    for (const key in source) {
      const copied = cloneValue(source[key], seen, false);
      if (key === '__proto__') setKey(out, key, copied);
      else out[key] = copied;
    }
  return out;
}

/**
 * The same value as `JSON.parse(JSON.stringify(value))` for any value JSON can write: keys whose value
 * is `undefined`, a function or a symbol left out, those in arrays as `null`, non-finite numbers as
 * `null`, -0 as 0, shared objects copied apart. An object JSON writes in its own way (`toJSON`, as a Date) or
 * that is not plain (a Map, a class instance, a boxed primitive) goes through JSON itself, so the result
 * is the same for those too. Throws, as JSON does, on a cycle (a RangeError here) or a bigint.
 */
export function copyJson<T>(value: T): T {
  const out = jsonValue(value, prototypePolluted());
  if (out === undefined) throw new TypeError('copyJson: the value has no JSON form');
  return out as T;
}

function jsonValue(value: unknown, ownKeys: boolean): unknown {
  if (typeof value !== 'object') {
    if (typeof value === 'string' || typeof value === 'boolean') return value;
    // JSON writes -0 as 0, and non-finite numbers as null
    if (typeof value === 'number') return Number.isFinite(value) ? (value === 0 ? 0 : value) : null;
    // a bigint throws as in JSON; undefined, a function, a symbol have no JSON form (left out of
    // objects, null in arrays)
    return typeof value === 'bigint' ? viaJson(value) : undefined;
  }
  if (value === null) return null;
  // an object with a toJSON key (a Date; any other value is JSON's own business too) goes through JSON
  if ((value as { toJSON?: unknown }).toJSON !== undefined) return viaJson(value);
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return viaJson(value);
    const n = value.length;
    const out: unknown[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const copied = jsonValue(value[i], ownKeys);
      out[i] = copied === undefined ? null : copied;
    }
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return viaJson(value);
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  if (ownKeys)
    for (const key of Object.keys(source)) {
      const copied = jsonValue(source[key], true);
      if (copied !== undefined) setKey(out, key, copied);
    }
  else
    for (const key in source) {
      const copied = jsonValue(source[key], false);
      if (copied === undefined) continue;
      if (key === '__proto__') setKey(out, key, copied);
      else out[key] = copied;
    }
  return out;
}

function viaJson(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
}

/** Sets an own data property (a key `__proto__` included, as JSON.parse and structuredClone make it). */
function setKey(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}
