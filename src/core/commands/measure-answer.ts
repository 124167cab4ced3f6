import { unitOf as unitNamed, unitPattern } from '../../domain/measure-units.ts';
import type { OptionGroup } from '../../domain/menu-schema.ts';
import { countWord } from '../understand/quantity.ts';

/**
 * Measures said at an option question whose choices state a measure in their names: lengths ("Mini
 * (5\")", "12\" Whole"), volumes ("Small (16 oz)") or percents ("25%" sugar). A measure said that no
 * choice states exactly is read as the nearest choice when one is clearly nearer than the next (its
 * distance at most a third of the next one's), else as a question between the two nearest; the words
 * with a conventional length ("footlong" 12", "whole"/"full" the longest, "half" half of it) and
 * fullness ("full sugar" the highest percent, "half sugar" half of it) count as measures too.
 */
export type MeasureAnswer =
  | { kind: 'choice'; choice: string }
  | { kind: 'between'; heard: string; choices: [string, string] };

/** The units whose measures are compared: a length, a volume in fluid ounces, a percent. */
type Unit = 'in' | 'oz' | '%';
const COMPARED: readonly Unit[] = ['in', 'oz', '%'];

/** A number followed by its unit ("6 inch", "7.5\"", "30%", "twenty oz"). */
const MEASURE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}.])(\\d+(?:\\.\\d+)?|[a-z]+)\\s*(${unitPattern(COMPARED)})`,
  'giu',
);

/** Words that say a length or a fullness, relative to the group's largest measure. */
const FOOT = /\b(?:foot ?long|foot-long|a foot long|one foot|1 foot)\b/i;
/** Phrases where those words name no size ("whole wheat", "half and half"): blanked before reading. */
const NOT_A_SIZE =
  /\b(?:half|whole|full)\s*(?:(?:wheat|milk|grain|fat|cream|beans?)\b|(?:and|&|n)\s*half\b)/gi;
const WHOLE = /\b(?:whole|full(?:[ -]size|[ -]length)?)\b/i;
const HALF = /\b(?:half|halve)\b/i;

function unitOf(word: string): Unit | undefined {
  const unit = unitNamed(word)?.unit;
  return COMPARED.find((u) => u === unit);
}

/** The measure a choice's name states, or undefined. */
function measureOfName(name: string): { value: number; unit: Unit } | undefined {
  for (const m of name.matchAll(MEASURE)) {
    const value = /^\d/.test(m[1] as string) ? Number(m[1]) : undefined;
    const unit = unitOf(m[2] as string);
    if (value !== undefined && unit) return { value, unit };
  }
  return undefined;
}

function measuresSaid(text: string, unit: Unit): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(MEASURE)) {
    if (unitOf(m[2] as string) !== unit) continue;
    const word = m[1] as string;
    const value = /^\d/.test(word) ? Number(word) : countWord(word.toLowerCase());
    if (value !== undefined && value > 0) out.push(value);
  }
  return out;
}

/** The measure the text says for a group whose choices are in `unit` with largest `max`. */
function targetOf(text: string, unit: Unit, max: number): { value: number; heard: string } | undefined {
  const said = measuresSaid(text, unit);
  if (said.length === 1) {
    const v = said[0] as number;
    return { value: v, heard: unit === '%' ? `${v}%` : unit === 'in' ? `${v}"` : `${v} oz` };
  }
  if (said.length > 1) return undefined;
  if (unit === 'in' && FOOT.test(text)) return { value: 12, heard: 'footlong' };
  if (unit === 'oz') return undefined;
  const sized = text.replace(NOT_A_SIZE, ' ');
  const half = HALF.exec(sized);
  if (half) return { value: max / 2, heard: half[0].toLowerCase() };
  const whole = WHOLE.exec(sized);
  if (whole) return { value: max, heard: whole[0].toLowerCase() };
  return undefined;
}

/**
 * The choice (or the two nearest choices) of `group` a measure said in `text` names; undefined when the
 * group's choices state no common measure (fewer than two in one unit) or the text says none. Pure.
 */
export function measureAnswer(text: string, group: OptionGroup): MeasureAnswer | undefined {
  if (group.max !== 1) return undefined;
  const stated = group.choices
    .filter((c) => c.available !== false)
    .map((c) => ({ id: c.id, m: measureOfName(c.name) }))
    .filter((c): c is { id: string; m: { value: number; unit: Unit } } => c.m !== undefined);
  const units = new Set(stated.map((s) => s.m.unit));
  if (stated.length < 2 || units.size !== 1) return undefined;
  const unit = stated[0]?.m.unit as Unit;
  const max = Math.max(...stated.map((s) => s.m.value));
  const target = targetOf(text, unit, max);
  if (!target) return undefined;
  const byDistance = [...stated].sort(
    (a, b) => Math.abs(a.m.value - target.value) - Math.abs(b.m.value - target.value),
  );
  const [first, second] = byDistance as [(typeof stated)[0], (typeof stated)[0]];
  const d1 = Math.abs(first.m.value - target.value);
  const d2 = Math.abs(second.m.value - target.value);
  if (d1 < 1e-6 || d1 * 3 <= d2) return { kind: 'choice', choice: first.id };
  const pair = [first, second].sort((a, b) => a.m.value - b.m.value);
  return { kind: 'between', heard: target.heard, choices: [pair[0]?.id as string, pair[1]?.id as string] };
}
