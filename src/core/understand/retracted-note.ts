/**
 * A cue by which a customer takes back what they just said ("actually no", "never mind", "scratch
 * that", "on second thought", "wait no", "forget that", "sorry I mean", "I meant"): what came before it
 * no longer stands. A bare "I mean" is filler ("I mean, it's good"), no cue.
 */
const RETRACT =
  /(?:^|[\s,.;!-])(?:(?:oh\s+)?wait,?\s+no\b|no\s+wait\b|actually,?\s+no(?:pe)?\b|actually,?\s+(?:nothing|none|forget)\b|never\s*mind\b|nvm\b|scratch\s+that\b|forget\s+(?:that|it|about\s+(?:that|it))\b|on\s+second\s+thoughts?\b|cancel\s+that\b|ignore\s+(?:that|this|me)\b|disregard\s+(?:that|this)\b|strike\s+that\b|sorry,?\s+i\s+meant?\b|i\s+meant\b)/gi;

/** Interjections only ("oops", "oh sorry", "my bad"): a lead-in of the cue, nothing said to take back. */
const LEAD_IN_ONLY =
  /^(?:(?:oh|ah|uh+|um+|hmm+|oops|whoops|oopsie|my bad|sorry|wait|hold on|actually|ok|okay|no|nah|dang|darn|shoot|ugh)\b[\s,.;!-]*)*$/i;

/** Words that leave nothing to note once they stand alone: "no notes", "nothing", "none after all". */
const NOTHING_LEFT =
  /^(?:(?:no|nope|nah|none|nothing|not|any|special|instructions?|notes?|requests?|needed|then|after|all|really|at|thanks|thank|you|please|i'?m|im|good|fine|ok|okay|it'?s|its|actually|just|leave|it|skip|that|for|me|us|oh|wait|sorry|so)\b[\s,.;!]*)*$/i;

/**
 * What a note answer keeps once a self-correction is read. `kept` is the part after the last
 * retraction cue ("cut it in half, never mind, cut it in thirds" → "cut it in thirds"), or empty when
 * nothing is left to note ("extra hot please. actually no notes"); a last clause declining the note
 * "after all" ("ring the bell. no notes after all") retracts the clauses before it. Undefined when the
 * message retracts nothing (no cue after some words of its own). `before`: the words the cue took back
 * (when a cue was found). Pure.
 */
export function retractedNote(text: string): { kept: string; before?: string } | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(RETRACT)) last = m;
  if (last) {
    const before = text.slice(0, last.index).replace(/[\s,.;!-]+$/, '');
    // a cue that opens the message retracts nothing said before it ("never mind that, extra napkins"),
    // nor does one after a lead-in alone ("oops sorry I meant a bacon cheeseburger": the last turn's)
    if (LEAD_IN_ONLY.test(before.trim())) return undefined;
    const rest = cleanRest(text.slice((last.index ?? 0) + last[0].length));
    return { kept: NOTHING_LEFT.test(rest) ? '' : rest, before };
  }
  // "ring the bell twice. no notes after all"
  const clauses = text
    .split(/[.;!]+|,\s*/)
    .map((c) => c.trim())
    .filter(Boolean);
  const tail = clauses.at(-1) ?? '';
  if (clauses.length > 1 && /\bafter all\b/i.test(tail) && /\b(?:no|none|nothing)\b/i.test(tail)) {
    const rest = cleanRest(tail.replace(/\bafter all\b/i, ''));
    return NOTHING_LEFT.test(rest) ? { kept: '' } : undefined;
  }
  return undefined;
}

/** The words after a cue, without the leading "no,", "then" or punctuation and a closing "after all". */
function cleanRest(rest: string): string {
  return (
    rest
      .replace(/\bafter all\b/gi, ' ')
      // a lone "no" after the cue repeats it ("wait no, no, a sprite"); "no onions" is what is said instead
      .replace(
        /^[\s,.;!:-]*(?:(?:(?:no|nope)(?=(?:\s+(?:no|nope))*\s*(?:[,.;!:-]|$))|then|so|just)\b[\s,.;!:-]*)*/i,
        '',
      )
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\s,;:-]+$/, '')
  );
}
