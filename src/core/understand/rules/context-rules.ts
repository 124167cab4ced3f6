import type { IntentRule } from './intent-rule.ts';

/** Words that pause before a correction at the summary rather than refuse it. */
export const PAUSE_WORDS: ReadonlySet<string> = new Set([
  'wait',
  'hold',
  'hang',
  'oops',
  'sorry',
  'actually',
]);

/** The pending question decides first: a yes/no to a confirmation, a slot value, an option answer. */
export const CONTEXT_RULES: readonly IntentRule[] = [
  {
    id: 'context.confirm_yes',
    intent: 'affirm',
    because: 'a confirmation is pending and the message opens with a yes word, with no negation after it',
    when: (s) =>
      s.expecting === 'confirmation' && s.startsWith('affirm') && !s.startsWith('deny') && !s.negated && 0.95,
  },
  {
    id: 'context.confirm_all_good',
    intent: 'affirm',
    because: 'a confirmation is pending and the message is a short "all good" that orders nothing',
    when: (s) =>
      s.expecting === 'confirmation' &&
      s.startsWith('allGood') &&
      s.n <= 6 &&
      s.lines.length === 0 &&
      !s.question &&
      !s.negated &&
      !s.has('deny') &&
      0.9,
  },
  {
    id: 'context.confirm_no',
    intent: 'deny',
    because:
      'a confirmation is pending and the message opens with a no word, or a yes word taken back ("sure... actually no")',
    when: (s) =>
      s.expecting === 'confirmation' &&
      (s.startsWith('deny') || (s.startsWith('affirm') && s.negated)) &&
      // "wait, the address is 12 Elm St": a pause before a correction, which the summary then shows
      !(PAUSE_WORDS.has(s.words[0]?.norm ?? '') && s.slotCount > 0) &&
      0.95,
  },
  {
    id: 'context.slot_answer',
    intent: 'provide_info',
    because: 'a checkout detail was asked for and the message carries it (not a question)',
    when: (s) =>
      typeof s.expecting === 'string' &&
      s.expecting !== 'confirmation' &&
      s.f.result.slots[s.expecting] !== undefined &&
      !s.question &&
      0.95,
  },
  {
    id: 'context.reopen_detail',
    intent: 'provide_info',
    because:
      'during checkout the message asks to change a detail without its new value ("hmm change the address")',
    when: (s) => typeof s.expecting === 'string' && s.f.result.reopen !== undefined && 0.95,
  },
  {
    id: 'context.option_answer',
    intent: 'order_update',
    because: 'an option question is pending and the message names an option or that item',
    when: (s) => {
      const e = s.expecting;
      return (
        typeof e === 'object' &&
        (s.f.built.freeOptions.length > 0 || s.lines.some((l) => l.itemId === e.itemId)) &&
        // "how much is a large one?", "is the thin crust vegan?": a question about the choice, not the answer
        !(s.question && s.f.itemQuestion?.cued) &&
        0.9
      );
    },
  },
];
