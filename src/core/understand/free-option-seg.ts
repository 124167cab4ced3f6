import type { ParsedOption } from './parse-result.ts';

/** The segment each option said with no dish was read from (`build-lines.ts` records it). */
const FREE_OPTION_SEGS = new WeakMap<ParsedOption, number>();

/** Records that `option` (of `BuiltLines.freeOptions`) was read from segment `seg`. */
export function markFreeOptionSeg(option: ParsedOption, seg: number): void {
  FREE_OPTION_SEGS.set(option, seg);
}

/** The segment index an option of `BuiltLines.freeOptions` was read from, when it was read from one. */
export function freeOptionSeg(option: ParsedOption): number | undefined {
  return FREE_OPTION_SEGS.get(option);
}
