/**
 * Words that make a question about delivery or pickup a request to switch to it ("can you deliver it
 * instead?", "could I pick it up instead?", "can you change it to delivery?"), not a question about the
 * venue's service ("do you deliver?").
 */
export const FULFILLMENT_SWITCH: ReadonlySet<string> = new Set([
  'instead',
  'rather',
  'switch',
  'change',
  'actually',
]);
