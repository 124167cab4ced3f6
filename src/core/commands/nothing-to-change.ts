/**
 * A reply that there is nothing to change, said to "What would you like to change?" (the question after
 * a no to the order summary): an optional no-word ("no", "nope", "nah", "no thanks"), then a phrase that
 * approves the order as it stands or says nothing more is wanted ("all good", "looks right", "that's
 * everything", "nothing to change", "it's fine as is"), or the no-word alone. The same words at "Shall I
 * place it?" are a refusal: the caller reads this only where the pending question asks for changes.
 * A message with anything else in it (a dish, "but", "actually", "change the ...") is not this reply.
 */
const NO = String.raw`(?:no+|nope|nah|naw|not really|no thanks?|no thank you|nothing)`;
const SUBJECT = String.raw`(?:it|that|this|everything|the order|my order|all|its|thats|everythings)`;
const VERB = String.raw`(?:is|s|looks|look|seems|seem|sounds|sound|was|are|all looks|all seems)`;
const GOOD = String.raw`(?:good|fine|right|correct|great|perfect|ok|okay|alright|all right|spot on|all good|all correct|all fine|accurate|good to go)`;
const APPROVAL = [
  // "all good", "looks right", "it's fine", "that all looks correct"
  String.raw`(?:${SUBJECT}\s+)?(?:${VERB}\s+)?(?:all\s+)?${GOOD}(?:\s+(?:as is|as it is|to me|now|thanks|thank you))?`,
  // "that's everything", "that's it", "that's all", "nothing else"
  String.raw`(?:thats|that is|thatll be|that will be)\s+(?:everything|it|all)`,
  String.raw`nothing(?: else| to change| needs changing)?`,
  String.raw`no (?:changes?|edits?)(?: needed)?`,
  String.raw`(?:leave|keep) it(?: as is| as it is| like that)?`,
  String.raw`(?:im|i am|were|we are) (?:good|fine|all good|all set|happy(?: with it)?)`,
  String.raw`all set`,
].join('|');
const NOTHING_TO_CHANGE = new RegExp(
  String.raw`^(?:${NO}(?:\s+${NO})*(?:\s+(?:(?:${APPROVAL})(?:\s+(?:${APPROVAL}))?))?|(?:${APPROVAL})(?:\s+(?:${APPROVAL}))?)(?:\s+(?:thanks|thank you|please))?$`,
);

/** Lower case, apostrophes dropped, punctuation as spaces: "Nah, that's everything!" → "nah thats everything". */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when the message says there is nothing to change (see the module comment); pure. */
export function saysNothingToChange(text: string): boolean {
  if (text.includes('?')) return false;
  return NOTHING_TO_CHANGE.test(plain(text));
}
