/** Phrases the command generator reads beside understanding's result (dialog-level cues only). */
export const ORDER_IT =
  /\b(?:add|get|have|take|want|order|give me)\b.*\b(?:it|that|those|them|this one|that one|these)\b/i;
export const TOTAL =
  /\b(?:total|altogether|all together|in all|come to|it all|everything|my order|the bill|so far|my cart)\b/i;
export const PRONOUN = /\b(?:it|that|this one|that one)\b/i;
/** "remove it", "drop that one", "forget the coke": leave out the item a pending question is about. */
export const DROP_PENDING =
  /^\s*(?:(?:just|ok|okay|then|please|actually|nah|no|oh|wait|sorry|hmm|um|oops|whoops|my bad|on second thought|you know what)[\s,]+)*(?:(?:remove|drop|delete|forget(?: about)?|scrap|cancel|skip|leave out|take out|take off|lose|ditch|get rid of)\s+(?:it|that|this|that one|this one|the \w+(?: \w+)?)|take\s+(?:it|that|this|that one|this one|the \w+(?: \w+)?)\s+(?:off|out))(?:\s+(?:then|please|out|actually|after all|instead))*\s*[.!]?\s*$/i;
export const SKIP =
  /^\s*(?:skip(?: it| that| this)?|pass|no notes?|nothing(?: else)?|none|nope,? nothing)\s*[.!]?\s*$/i;

/**
 * "confirm", "go ahead and place it", "that's it", "done": a word to carry on with the order, not a
 * yes to an optional question ("any notes for the kitchen?"), which it declines. A yes-word or two may
 * open it; courtesy words may close it.
 */
export const PROCEED =
  /^\s*(?:(?:ok|okay|yes|yeah|yep|sure|alright|then|just|please|so|no)[\s,]+)*(?:confirm(?:ed)?(?: (?:it|that|(?:the |my )?order))?|go ahead(?: and (?:place|send|confirm|submit) (?:it|(?:the |my )?order))?|go for it|place (?:it|(?:the |my )?order)|send (?:it|(?:the |my )?order)|submit(?: it| (?:the |my )?order)?|proceed|continue|carry on|move on|next|let'?s (?:go|proceed|finish|wrap (?:it )?up)|finish(?: up| the order| my order)?|finali[sz]e(?: it| the order| my order)?|wrap (?:it )?up|that'?s it|that is it|that'?s all|that is all|all done|done|i'?m done|i am done|check ?out)(?:\s+(?:please|thanks|thank you|then|now))*\s*[.!]*\s*$/i;

/**
 * "you pick", "whatever's good", "surprise me", "doesn't matter": the choice is left to the bot (at an
 * option question: the group's default, else its first choice). Hedges may open it ("dunno, you pick").
 */
export const DEFER_CHOICE =
  /^\s*(?:(?:idk|dunno|i don'?t know|not sure|hmm+|um+|uh+|oh|ok|okay|well|just|honestly|eh)[\s,.!]+)*(?:you (?:pick|choose|decide)(?: for me)?|your (?:pick|choice|call)|dealer'?s choice|chef'?s choice|surprise me|(?:it'?s )?up to you|whatever(?:'?s| is)? (?:good|best|fine|popular)|whatever you (?:like|think|recommend|suggest|want)|whatever|whichever(?: one)?|any(?: one| of them)?(?: (?:is fine|will do|works))?|anything(?: (?:is fine|works|will do))?|(?:it )?doesn'?t matter|don'?t care|i don'?t mind|no preference|either(?: one)?(?: (?:is fine|will do|works))?|(?:the )?default(?: one)?|the usual one|the normal one|the regular one|standard)(?:\s+(?:please|thanks|then|is fine|to me|for me))*\s*[.!]*\s*$/i;

/**
 * "idk", "not sure", "no idea": the customer does not know which to choose; never a "no" (at an option
 * question the dish stays and the choices are said plainly).
 */
export const UNSURE =
  /^\s*(?:idk|dunno|i (?:do not|don'?t|dont) know|(?:i'?m |i am )?not sure|no idea|(?:i )?can'?t decide|hmm+|um+|uh+)(?:[\s,.!?]+(?:yet|really|honestly|tbh|sorry|which|what))*[\s.!?]*$/i;

/** Intents that ask for something else than the answer to a pending question. */
export function isOtherRequest(intent: string | undefined): boolean {
  return [
    'checkout',
    'cancel',
    'show_cart',
    'human_handoff',
    'faq',
    'order_status',
    'repeat',
    'help',
    'browse_menu',
    'recommend',
    'item_info',
  ].includes(intent ?? '');
}

/** "one of them", "one of those": one unit of the dish pointed at (a partitive: no count of its own). */
export const ONE_OF = /\bone of (?:them|those|these|the)\b/i;
