/**
 * Words that take back only what was just said ("never mind", "forget that", "scratch that", "undo"),
 * said as the whole message, with a lead-in or courtesy at most ("oh wait, never mind", "actually forget
 * that please", "oops take that off"); "take it off", "remove it" and "get rid of that" point at the same
 * thing: the last request. They name no order, cart or "everything": "cancel my order", "forget everything" and
 * "start over" are about the whole order, never this.
 */
const RETRACTION =
  /^(?:(?:oh|ah|um+|uh+|hmm+|wait|actually|sorry|no|nah|ok|okay|hold on|oops|whoops|oopsie|my bad)\b[\s,.!-]*)*(?:never\s*mind|nvm|forget (?:that|it|about (?:it|that)|that one|the last one)|scratch that|scrap that|cancel that|undo(?: that)?|take that back|drop that|(?:remove|delete) (?:that|it|that one|the last one)|get rid of (?:that|it|that one)|take (?:that|it|that one|the last one) (?:off|out)(?: of (?:the|my) (?:order|cart))?|take off (?:that|that one|the last one)|strike that|not that)\b[\s,.!-]*(?:(?:please|pls|thanks|then|actually|sorry|i changed my mind)\b[\s,.!-]*)*$/i;

/** True when the message only takes back the last thing said (see `RETRACTION`). */
export function retractsLastRequest(text: string): boolean {
  return RETRACTION.test(text.trim());
}

/** A removal verb with a pronoun for one thing: "remove it", "take that off", "get rid of that one". */
const REMOVES_ONE =
  /\b(?:remove|delete|get rid of|take (?:that|it|that one|the last one) (?:off|out)|take off)\b/i;

/**
 * True when the message only takes back the last thing said with a removal verb ("take it off", "remove
 * that", "oops get rid of that one"): with no add just before it, the line last touched is what goes.
 */
export function removesLastThing(text: string): boolean {
  return retractsLastRequest(text) && REMOVES_ONE.test(text);
}
