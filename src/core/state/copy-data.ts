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
  return cloneValue(value, new Map()) as T;
}

function cloneValue(value: unknown, seen: Map<object, unknown>): unknown {
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
    for (let i = 0; i < n; i++) if (i in value) out[i] = cloneValue(value[i], seen);
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  const source = value as Record<string, unknown>;
  for (const key of Object.keys(source)) setKey(out, key, cloneValue(source[key], seen));
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
  const out = jsonValue(value);
  if (out === undefined) throw new TypeError('copyJson: the value has no JSON form');
  return out as T;
}

function jsonValue(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // JSON writes -0 as 0
      return Number.isFinite(value) ? (value === 0 ? 0 : value) : null;
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        if (Object.getPrototypeOf(value) !== Array.prototype || 'toJSON' in value) return viaJson(value);
        const n = value.length;
        const out: unknown[] = new Array(n);
        for (let i = 0; i < n; i++) out[i] = jsonValue(value[i]) ?? null;
        return out;
      }
      const proto = Object.getPrototypeOf(value);
      if ((proto !== Object.prototype && proto !== null) || 'toJSON' in value) return viaJson(value);
      const out: Record<string, unknown> = {};
      const source = value as Record<string, unknown>;
      for (const key of Object.keys(source)) {
        const copied = jsonValue(source[key]);
        if (copied !== undefined) setKey(out, key, copied);
      }
      return out;
    }
    case 'bigint':
      return viaJson(value);
    default:
      // undefined, a function, a symbol: no JSON form (left out of objects, null in arrays)
      return undefined;
  }
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
