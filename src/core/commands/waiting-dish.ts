import type { DraftLine } from '../state/session-state.ts';
import { choiceNamed, foldPhrase, variantOf } from '../understand/variant-modifiers.ts';
import type { Positioned } from './answer-pending.ts';
import type { CommandInput } from './command.ts';
import { COMMAND_AT } from './command-order.ts';
import { ONE_OF } from './dialog-cues.ts';
import { choicesSaid } from './focus-order.ts';
import { foldCueText } from './fold-cue-text.ts';
import type { GenerationContext } from './generation-context.ts';
import { optionPick as option, withoutPick as without } from './line-picks.ts';
import type { VariantRequest } from './variant-request.ts';

/** The dish waiting on its option question (the draft of the open `choose_option` frame) and its group. */
export interface WaitingDish {
  draft: DraftLine;
  group: string;
}

/** The dish waiting on the option question asked (`state.pending`), when one is. */
export function waitingDish(g: GenerationContext): WaitingDish | undefined {
  const pending = g.state.pending;
  if (pending?.kind !== 'option' || !pending.group || !pending.itemId) return undefined;
  const frame = g.state.frames.findLast((f) => f.kind === 'choose_option' && f.slots.group === pending.group);
  const draft = frame?.slots.draft as DraftLine | undefined;
  return draft && draft.itemId === pending.itemId ? { draft, group: pending.group } : undefined;
}

/** The draft's picks the dish `itemId` takes, as command options (a swapped dish keeps what it can). */
function picksFor(g: GenerationContext, draft: DraftLine, itemId: string) {
  const groups = g.venue.menu.items.find((i) => i.id === itemId)?.optionGroups ?? [];
  return draft.options
    .filter((o) => groups.includes(o.group))
    .map((o) => ({ group: o.group, choice: o.choice, quantity: o.quantity }));
}

/**
 * One unit of the waiting dish split off as another dish ("make one of them a ham" while 2 turkeys wait
 * on their size): the waiting count goes down by one (its question stays open) and the other dish is
 * added with the picks it takes (it asks its own questions next).
 */
function splitOff(w: WaitingDish, add: CommandInput): Positioned[] {
  return [
    {
      cmd: { type: 'amend_pending', group: w.group, quantity: w.draft.quantity - 1 },
      pos: COMMAND_AT.answer,
    },
    { cmd: add, pos: COMMAND_AT.said(0) },
  ];
}

/**
 * "make it iced", "make one of them decaf" while a dish waits on its option question (`readVariantRequest`
 * read the words): the waiting dish, not a cart line, changes. The menu's variant of the dish (an Iced
 * Latte item) replaces the draft; else the dish's option of that name is picked (answering the question
 * when it is that question's group; the question stays open otherwise). "one of them" with more than one
 * waiting splits one off. Undefined when the dish has neither (the message is read as usual).
 */
export function waitingVariantCommands(
  g: GenerationContext,
  request: VariantRequest,
): Positioned[] | undefined {
  const w = waitingDish(g);
  if (!w || (request.itemId && request.itemId !== w.draft.itemId)) return undefined;
  const { menu } = g.venue;
  const dish = w.draft.itemId;
  const one = request.one && w.draft.quantity > 1;
  const variant = variantOf(menu, dish, request.modifier);
  if (variant)
    return one
      ? splitOff(w, {
          type: 'add_item',
          itemId: variant,
          quantity: 1,
          options: picksFor(g, w.draft, variant),
        })
      : [{ cmd: { type: 'update_item', replaceWith: variant, itemId: dish }, pos: COMMAND_AT.said(0) }];
  const groups = menu.items.find((i) => i.id === dish)?.optionGroups ?? [];
  const choice = choiceNamed(menu, groups, request.modifier);
  if (!choice) return undefined;
  if (one) {
    const kept = picksFor(g, w.draft, dish).filter((o) => o.group !== choice.group);
    return splitOff(w, {
      type: 'add_item',
      itemId: dish,
      quantity: 1,
      options: [...kept, { ...choice, quantity: 1 }],
      without: w.draft.without.map((x) => ({ group: x.group, choice: x.choice })),
    });
  }
  if (choice.group === w.group)
    return [
      { cmd: { type: 'choose_option', group: w.group, choice: choice.choice }, pos: COMMAND_AT.answer },
    ];
  return [
    {
      cmd: { type: 'amend_pending', group: w.group, options: [{ ...choice, quantity: 1 }] },
      pos: COMMAND_AT.answer,
    },
  ];
}

/** A pronoun for the dish talked about before the new dish ("make it the veggie one", "switch that to ..."). */
const POINTER = /\b(?:it|that|this|them|those|these|that one|this one)\b/i;

/**
 * "make it the veggie one", "actually make it a roast beef", "make one of them a ham" while a dish waits
 * on its option question: a dish named as what the waiting dish (pointed at by a pronoun) becomes. The
 * waiting dish is replaced (its count and the picks the new dish takes kept), or with "one of them"
 * and more than one waiting, one unit is split off as the new dish. Undefined for any other message, and
 * for a dish the cart holds said with its count ("make it three croissants": that line's new count).
 */
export function waitingSwap(
  g: GenerationContext,
  line: { itemId: string; span: [number, number]; quantityExplicit: boolean; quantity: number },
  options: { group: string; choice: string; quantity: number }[],
): CommandInput[] | undefined {
  const w = waitingDish(g);
  if (!w || line.itemId === w.draft.itemId) return undefined;
  // "make it three croissants" with croissants in the cart: that line's count, the waiting dish stays
  if (line.quantityExplicit && g.state.cartItems.includes(line.itemId)) return undefined;
  const before = g.text.slice(0, line.span[0]);
  if (!POINTER.test(before) && !ONE_OF.test(before)) return undefined;
  const dish = w.draft.itemId;
  // "make it iced please, large": a dish's name said that is the waiting dish's variant or option word
  // (Iced Black Tea's "iced" for a latte with a Hot-or-iced choice) is that change, not a swap
  const said = foldPhrase(g.parse.normalized.slice(line.span[0], line.span[1]));
  const groups = g.venue.menu.items.find((i) => i.id === dish)?.optionGroups ?? [];
  if (variantOf(g.venue.menu, dish, said) || choiceNamed(g.venue.menu, groups, said)) {
    const one = ONE_OF.test(before);
    // answered in the same message, the dish is in the cart by then: its line changes
    if (g.answers.commands.some((c) => c.cmd.type === 'choose_option'))
      return [
        {
          type: 'update_item',
          variant: said,
          ...(one ? { line: { has: [], one: true } } : { itemId: dish }),
        },
      ];
    return waitingVariantCommands(g, { modifier: said, one })?.map((p) => p.cmd);
  }
  if (ONE_OF.test(before) && w.draft.quantity > 1) {
    const kept = picksFor(g, w.draft, line.itemId).filter((o) => !options.some((p) => p.group === o.group));
    return [
      { type: 'amend_pending', group: w.group, quantity: w.draft.quantity - 1 },
      { type: 'add_item', itemId: line.itemId, quantity: 1, options: [...kept, ...options] },
    ];
  }
  return [
    {
      type: 'update_item',
      replaceWith: line.itemId,
      itemId: dish,
      ...(line.quantityExplicit && line.quantity > 1 ? { quantity: line.quantity } : {}),
      options,
    },
  ];
}

/** Words that open a message without changing it. */
const OPENERS =
  '(?:ok|okay|oh|and|also|actually|wait|so|yes|yeah|sure|um|hmm|great|cool|perfect|please|plus|then)';
/** Who asks and how: "can i get", "get me", "i'll have", "could you add". */
const ASK =
  "(?:(?:can|could|may) (?:i|we|you) (?:get|have|add|do|make)(?: me| us)?|(?:i'?ll|i will|i'?d like|i want|we'?ll|let me|lemme) (?:get |have |take |do )?|(?:get|give|add|make|throw in|do)(?: me| us)?|i'?d|id)";
/** How the copy is counted: "another", "one more", "a 2nd", "2 more". */
const COPY_COUNT = '(?<count>another|(?<n>one|1|two|2|three|3) more|(?:a |the )?(?:2nd|second)|same again)';
/** Words that point back at the model ("one", "of those", "just like it", "the same", "again"). */
const BACK =
  '(?:one|ones|of those|of them|of these|of that|of it|just like (?:it|that|this)(?: one)?|like (?:it|that|this)(?: one)?|exactly the same|the same|same|same thing|again|please|pls|too|as well|thanks)';
/** "a 2nd one same but with almond milk", "another one of those with soy milk", "one more of those please". */
const COPY = new RegExp(
  `^(?:${OPENERS}[\\s,.!]+)*(?:${ASK}\\s+)?${COPY_COUNT}(?:[\\s,]+${BACK})*(?<rest>[\\s,]+(?:but|with|in|only|except|and)\\b.*)?$`,
);

/** A request for one more of a dish the customer does not name, read by `readCopyRequest`. */
export interface CopyRequest {
  /** How many more (1 unless "2 more of those"). */
  quantity: number;
  /** What was said after the copy ("but with almond milk"), where its changes are read. */
  rest: string;
}

/**
 * Reads "a 2nd one same but with almond milk", "another one of those with soy milk", "one more of those",
 * "same again": one more of the dish talked about, said without naming it. Undefined for any other shape
 * (a dish named, "another latte", is understanding's).
 */
export function readCopyRequest(text: string): CopyRequest | undefined {
  const t = foldCueText(text);
  const m = COPY.exec(t);
  if (!m?.groups) return undefined;
  const n = m.groups.n;
  const quantity = !n ? 1 : /^(?:two|2)$/.test(n) ? 2 : /^(?:three|3)$/.test(n) ? 3 : 1;
  return { quantity, rest: (m.groups.rest ?? '').replace(/^[\s,]+/, '') };
}

/**
 * One more of the dish waiting on its option question, said without naming it: the same again ("one
 * more of those") raises its count (the question then covers both); with changes ("a 2nd one same but
 * with almond milk") another is added made as the waiting one but for the changes said (it asks its own
 * questions after). With no dish waiting and nothing in the cart there is nothing to copy: the customer
 * is asked which dish. Undefined when the message is no such request, or what follows it is not the
 * dish's choices (the message is read as usual).
 */
export function waitingCopyCommands(g: GenerationContext): Positioned[] | undefined {
  if (g.parse.lines.some((l) => !(l.span[0] === 0 && l.span[1] === 0) && l.action !== 'update'))
    return undefined;
  if (g.parse.itemRefs.length > 0) return undefined;
  const copy = readCopyRequest(g.text);
  if (!copy) return undefined;
  const w = waitingDish(g);
  if (!w) {
    if (g.state.cartItems.length > 0 || g.state.pending) return undefined;
    return [{ cmd: { type: 'clarify', reason: 'no_dish_to_copy', choices: [] }, pos: COMMAND_AT.clarify }];
  }
  const dish = w.draft.itemId;
  const rest = copy.rest.replace(/^(?:and\s+)?(?:but\s+)?(?:with|in)?\s*/, '');
  const read = choicesSaid(rest, dish, g.venue.menu);
  if (read.uncovered > 0) return undefined;
  const groups = g.venue.menu.items.find((i) => i.id === dish)?.optionGroups ?? [];
  const parsed = (g.parse.freeOptions ?? []).filter((o) => groups.includes(o.group)).map(option);
  const said = [...parsed, ...read.picks.filter((p) => !parsed.some((o) => o.group === p.group))];
  const leftOut = (g.parse.freeWithout ?? []).map(without);
  if (said.length === 0 && leftOut.length === 0)
    return [
      {
        cmd: { type: 'amend_pending', group: w.group, quantity: w.draft.quantity + copy.quantity },
        pos: COMMAND_AT.answer,
      },
    ];
  return [
    {
      cmd: {
        type: 'add_item',
        itemId: dish,
        quantity: copy.quantity,
        options: said,
        without: leftOut,
        same: true,
      },
      pos: COMMAND_AT.said(0),
    },
  ];
}
