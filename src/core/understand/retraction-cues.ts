/**
 * Words that take back only what was just said ("never mind", "forget that", "scratch that", "undo"),
 * said as the whole message, with a lead-in or courtesy at most ("oh wait, never mind", "actually forget
 * that please"). They name no order, cart or "everything": "cancel my order", "forget everything" and
 * "start over" are about the whole order, never this.
 */
const RETRACTION =
  /^(?:(?:oh|ah|um+|uh+|hmm+|wait|actually|sorry|no|nah|ok|okay|hold on)\b[\s,.!-]*)*(?:never\s*mind|nvm|forget (?:that|it|about (?:it|that)|that one|the last one)|scratch that|scrap that|cancel that|undo(?: that)?|take that back|drop that|remove that|strike that|not that)\b[\s,.!-]*(?:(?:please|pls|thanks|then|actually|sorry|i changed my mind)\b[\s,.!-]*)*$/i;

/** True when the message only takes back the last thing said (see `RETRACTION`). */
export function retractsLastRequest(text: string): boolean {
  return RETRACTION.test(text.trim());
}
