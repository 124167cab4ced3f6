import { copyJson } from '../core/state/copy-data.ts';

/**
 * A deep copy of `value` as a JSON round trip makes it (`copyJson`: keys with `undefined` values left
 * out, shared objects copied apart), with every object and array of the copy frozen: a snapshot that can
 * be handed out many times, shared, because nothing can change it (a write to it throws a TypeError in
 * strict code). The caller's `value` is neither shared nor frozen. Throws as `JSON.stringify` does (on a
 * cycle or a bigint).
 */
export function frozenCopy<T>(value: T): T {
  return freezeAll(copyJson(value));
}

/** Freezes a tree of plain objects and arrays fresh from `copyJson` (no cycles, nothing shared). */
function freezeAll<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) for (const item of value) freezeAll(item);
  else for (const key of Object.keys(value)) freezeAll((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}
