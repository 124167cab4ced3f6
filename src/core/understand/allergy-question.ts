/**
 * Whether a question asks if something suits an allergy or intolerance in general, rather than stating
 * the customer's own: "is the sesame bun ok for nut allergies?", "are the tacos safe for someone with a
 * dairy allergy?", "can someone with an egg allergy eat the pancakes?", "would it be fine for people
 * allergic to gluten?". The allergy belongs to nobody in the conversation, so it is answered and never
 * recorded. A statement of the customer's own ("I have a nut allergy, is the korma ok?", "I'm allergic
 * to eggs", "is it safe for my son with a nut allergy") is no such question. Pure: reads the words.
 */
export function asksAllergySuitability(text: string): boolean {
  const t = ` ${text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/\s+/g, ' ')} `;
  if (!ALLERGY_WORD.test(t)) return false;
  if (OWN_NEED.test(t)) return false;
  return GENERIC_HOLDER.test(t) || FOR_AN_ALLERGY.test(t);
}

/** A word of an allergy or intolerance. */
const ALLERGY_WORD = /\b(?:allerg\w*|intoleran\w*|coeliacs?|celiacs?)\b/;

/**
 * The customer's own need, or a person of theirs: "I have", "I'm allergic", "we are", "my son", "for me".
 * ("i'm" is normalized to "i m" or "im" by the caller's text; both are read.)
 */
const OWN_NEED =
  / (?:i|we)(?: am| are| have| has| m|'m|'ve|'re| get| got| suffer| can't| cannot| can not)\b| i'm | im | my | our | for me | for us | myself /;

/** "someone with", "people who", "anyone allergic": a person of no one's naming. */
const GENERIC_HOLDER =
  / (?:someone|somebody|anyone|anybody|people|persons?|those|guests?|customers?|folks|kids|children|a kid|a child|visitors?) (?:with|who|that|allergic|intolerant|having)\b/;

/** "ok for nut allergies", "safe for a gluten intolerance", "suitable for coeliacs". */
const FOR_AN_ALLERGY =
  /\b(?:ok|okay|safe|suitable|fine|good|alright|right|appropriate) for (?:a |an |the |any |severe |mild |bad |serious )*(?:[a-z]+ ){0,2}(?:allerg\w*|intoleran\w*|coeliacs?|celiacs?)\b/;
