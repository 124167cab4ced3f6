/**
 * A message that only asks for time to decide ("let me think", "give me a minute", "still deciding",
 * "not sure yet", "brb", "let me ask my wife"): general English, no dish. It is no order, no answer to
 * the pending question and no goodbye: the reply says to take their time and asks nothing. Read on the
 * normalized text (contractions expanded: "i'll" → "i will"); the whole message must be such a phrase,
 * with fillers before ("hmm", "ok", "umm") and politeness after, so "let me think, a samosa" or "let me
 * see the menu" are not. "hold on" and "wait" stay a "no" at a yes/no question (social-rules.ts).
 */
const OPENERS =
  '(?:(?:hmm+|hm+|umm*|uh+|erm|er|ok|okay|so|well|oh|ah|actually|sorry|yeah|right|and)[\\s,.]+)*';
const TIME =
  '(?:a |one )?(?:sec|second|secs|seconds|min|minute|minutes|moment|mo|bit|while|tick|jiffy|few minutes|couple of minutes|couple minutes)';
const PHRASES = [
  'let me think(?: about it| for a (?:sec|second|minute|moment|bit))?',
  'let us think(?: about it)?',
  'let me see',
  'let us see',
  'i am thinking',
  'i need to think(?: about it)?',
  'thinking',
  `(?:give|gimme) (?:me|us) ${TIME}(?: to (?:think|decide|look|choose))?`,
  `(?:just |only )?(?:a|one) (?:sec|second|moment|minute|min|mo)(?: please)?`,
  `i (?:will |need |need to |am going to |want to )?(?:take|have|need) ${TIME}(?: to (?:think|decide|look|choose))?`,
  `(?:i am |we are )?still (?:deciding|thinking|looking|choosing|browsing|making up my mind)`,
  '(?:i am |we are )?not sure yet',
  '(?:i|we) (?:have not|did not|have not yet) decided(?: yet)?',
  'have not decided(?: yet)?',
  '(?:i|we) (?:do not|can not|cannot) decide(?: yet)?',
  '(?:i am |we are )?(?:still )?(?:undecided|indecisive)',
  'be right back',
  'brb',
  'let me (?:ask|check with) (?:my|the) \\w+',
  '(?:i am |we are )?(?:asking|checking with) (?:my|the) \\w+',
];
const DELIBERATION = new RegExp(
  `^${OPENERS}(?:${PHRASES.join('|')})(?:[\\s,.]+(?:please|first|then|ok|okay|thanks|lol|haha))*[\\s.!]*$`,
);

/** The normalized message only asks for time to decide (see the module's comment). */
export function asksForTime(normalized: string): boolean {
  return DELIBERATION.test(normalized.trim());
}
