/**
 * Words that ask what the customer may do or what the house's rule is ("can I still cancel", "is it too
 * late to change it", "what happens if it's late", "do you refund"), as opposed to a question about the
 * order's whereabouts or readiness ("where is my order?", "is my food ready?").
 */
const MAY_BE_DONE =
  /\b(?:(?:can|could|may|should|do|must) (?:i|we)|am i|are we|is it (?:possible|too late|ok|okay|allowed)|(?:do|will|would|can|could) you|what (?:happens|if)|policy|policies|allowed|able to)\b/;

/**
 * The message asks what may be done about an order, or what the house's rule is, rather than where the
 * order is: an order-status question without such words is answered by the order's status, whatever
 * the venue's documents say about delivery.
 */
export function asksWhatMayBeDone(message: string): boolean {
  return MAY_BE_DONE.test(message.toLowerCase().replace(/[’']/g, "'"));
}
