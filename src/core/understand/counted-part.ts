import type { Token } from './normalize.ts';
import type { Segment } from './segment.ts';

/**
 * "how many slices does the large have", "how many wings come with the combo": the noun counted after
 * "how many" is a part of the dish asked about (named after it, or the one in focus: "it"),
 * or the choice of a size ("the large"), never a dish of its own (the Cheese Slice). "how many wings come in an order" names nothing after, so
 * the wings stay the dish asked about.
 */

/** Pronouns after the counted noun pointing at the dish in focus. */
const FOCUS = new Set(['it', 'that', 'this', 'each', 'one']);

const kindsOf = (s: Segment | undefined): string[] => (s?.type === 'lex' ? s.entries.map((e) => e.kind) : []);

/**
 * The index of the segment counted after "how many", when it reads as a dish and something after it
 * (another dish, or a pronoun) names what holds it; else undefined. Pure.
 */
export function countedPartSeg(tokens: readonly Token[], segs: readonly Segment[]): number | undefined {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]?.norm !== 'how' || tokens[i + 1]?.norm !== 'many') continue;
    const k = segs.findIndex((s) => s.start === i + 2);
    if (k < 0 || !kindsOf(segs[k]).includes('item')) return undefined;
    const end = (segs[k] as Segment).end;
    // a choice after it ("how many slices does the large have") is a size asked about: its label answers
    const holder = segs
      .slice(k + 1)
      .some((s) => kindsOf(s).includes('item') || kindsOf(s).includes('choice'));
    if (holder || tokens.slice(end).some((t) => FOCUS.has(t.norm))) return k;
    return undefined;
  }
  return undefined;
}

/**
 * The choices said after the part counted at `counted` ("the large" of "how many slices does the large
 * have"): each segment read only as one choice. Pure.
 */
export function choicesAfterPart(
  segs: readonly Segment[],
  counted: number,
): { group: string; choice: string }[] {
  return segs.slice(counted + 1).flatMap((s) => {
    if (s.type !== 'lex' || s.entries.length !== 1) return [];
    const e = s.entries[0];
    return e?.kind === 'choice' ? [{ group: e.group, choice: e.choice }] : [];
  });
}
