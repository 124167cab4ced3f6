/**
 * A message folded for the commands' short cue patterns ("ok add it", "one more of those"): lower case,
 * curly quotes as "'", every character but letters, digits, apostrophes, commas, stops and "!" as a
 * space, spaces collapsed, closing stops and "!" dropped. Pure.
 */
export function foldCueText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[^\p{L}\p{N}'\s,.!]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s.!]+$/, '')
    .trim();
}
