import type { IdSource } from '../core/ports/index.ts';

/** Ids `prefix_1`, `prefix_2`, ... so tests can assert on them. */
export function sequentialIds(start = 1): IdSource {
  let n = start - 1;
  return { next: (prefix) => `${prefix ?? 'id'}_${++n}` };
}
