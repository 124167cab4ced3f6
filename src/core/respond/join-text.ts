/**
 * Appends a piece of reply text to the text before it in the same text event. Pieces are produced apart
 * (a template's sentence, a model's streamed sentence, the question asked again after a digression), and
 * one that ends a sentence must not run into the next: "…Fountain Cup." + "Now, back to your order" gets
 * a space. A piece that starts with whitespace, punctuation, a digit ("$12." + "99") or a lower-case
 * letter (a word cut mid-stream) is appended as it is.
 */
export function joinText(text: string, next: string): string {
  if (text.length === 0 || next.length === 0) return text + next;
  return /[.!?:;)"”’]$/.test(text) && /^["“‘(]?\p{Lu}/u.test(next) ? `${text} ${next}` : text + next;
}
