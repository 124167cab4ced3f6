/**
 * Where each kind of command goes in the list the rule generator returns for one message (sorted by
 * this position, then by the order it was produced). Positions, not magic numbers: a newcomer reads
 * here why a stated allergy runs before the dish it should flag, and why checkout starts last.
 *
 * | stage        | position               | why                                                              |
 * | ------------ | ---------------------- | ---------------------------------------------------------------- |
 * | `constraint` | -3                     | a diet or allergy first, so the dishes said with it are checked   |
 * | `answer`     | -2                     | the answer to the pending question before anything new            |
 * | `greeting`   | -1                     | "hi, a coke please": the greeting is said back first               |
 * | `said(o)`    | o, the character offset | order lines and cart edits, in the order the customer said them  |
 * | `slot`       | 500,000                | checkout details said anywhere, after the lines they go with       |
 * | `clarify`    | 900,000                | what was not understood, after what was                            |
 * | `request(r)` | 1,000,000 + r          | the intents' requests (info, browse, cancel...), in intent rank    |
 * | `checkout`   | 2,000,000              | starting checkout last, once every line and detail is in           |
 */
export const COMMAND_AT = {
  constraint: -3,
  answer: -2,
  greeting: -1,
  said: (offset: number) => offset,
  slot: 500_000,
  clarify: 900_000,
  request: (rank: number) => 1_000_000 + rank,
  checkout: 2_000_000,
} as const;
