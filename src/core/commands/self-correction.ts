import type { ParseResult } from '../understand/parse-result.ts';
import { countWord, type MisspeltNumbers } from '../understand/quantity.ts';
import { retractedNote } from '../understand/retracted-note.ts';

/** "make it 3", "just 3", "3 then": words around a count said as a correction. */
const COUNT_LEAD =
  /^(?:(?:make|change)\s+(?:it|that|them|those)(?:\s+to)?\s+|just\s+|only\s+)?(\S+)(?:\s+(?:then|instead|please|pls))?$/i;

/**
 * A message that corrects itself half way ("a coke, never mind, a sprite", "2 tacos, actually no, 3",
 * "a latte, wait no, a medium") read as the customer meant it: the words after the last cue when they
 * order something of their own (the sprite alone); else, when the words before ordered one dish and the
 * words after are only a count or only options, that dish with the count or those options instead (3
 * tacos; a medium latte). Undefined when the message takes nothing back, takes back everything, or the
 * correction cannot be placed (the message is then read as written). `read` parses a text in the
 * turn's context.
 */
export function readSelfCorrected(
  message: string,
  read: (text: string) => ParseResult,
  misspelt?: MisspeltNumbers,
): ParseResult | undefined {
  const retracted = retractedNote(message);
  if (!retracted?.before || retracted.kept === '') return undefined;
  const kept = read(retracted.kept);
  if (kept.lines.length > 0) return kept;
  const before = read(retracted.before);
  const line = before.lines[0];
  if (before.lines.length !== 1 || line?.action !== 'add') return undefined;
  const said = COUNT_LEAD.exec(retracted.kept.trim());
  const quantity = said?.[1] ? countWord(said[1].toLowerCase(), misspelt) : undefined;
  const options = kept.freeOptions ?? [];
  if (quantity !== undefined && quantity >= 1 && quantity <= 99)
    return { ...before, lines: [{ ...line, quantity, quantityExplicit: true }] };
  if (options.length === 0) return undefined;
  const others = line.options.filter((o) => !options.some((n) => n.group === o.group));
  return { ...before, lines: [{ ...line, options: [...others, ...options] }] };
}
