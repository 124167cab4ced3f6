import { askedWithGate } from '../../domain/group-offered.ts';
import type { Venue } from '../../domain/venue.ts';
import { SUMMARY_CHANGE_QUESTION } from '../dialog/summary-change.ts';
import type { DraftLine, SessionState } from '../state/session-state.ts';
import { levelAnswer } from '../understand/numbered-choices.ts';
import type { ParsedLine, ParseResult } from '../understand/parse-result.ts';
import { countWord, type MisspeltNumbers } from '../understand/quantity.ts';
import {
  announcesNote,
  declinesNamedNote,
  declinesNote,
  readNoteAnswer,
} from '../understand/slot-readers.ts';
import { choicePointer } from './choice-pointer.ts';
import { closesOrder } from './closes-order.ts';
import type { CommandInput } from './command.ts';
import { COMMAND_AT } from './command-order.ts';
import { countChoice } from './count-choice.ts';
import { DEFER_CHOICE, DROP_PENDING, isOtherRequest, ONE_OF, PROCEED, SKIP, UNSURE } from './dialog-cues.ts';
import { ordersFocusByChoice } from './focus-order.ts';
import { leadClauseOptions } from './lead-clause-options.ts';
import { optionPick as option, withoutPick as without } from './line-picks.ts';
import { matchChoice, matchListedChoice } from './match-choice.ts';
import { measureAnswer } from './measure-answer.ts';
import { saysNothingToChange } from './nothing-to-change.ts';
import { otherGroupsNamed } from './other-group-words.ts';
import { unofferedChoice } from './unoffered-choice.ts';
import { unofferedPercent } from './unoffered-percent.ts';
import { withoutAbsentDishes } from './without-absent-dishes.ts';
import { withoutCheckoutDetails } from './without-checkout-details.ts';
import { withoutOtherDishes } from './without-other-dishes.ts';

/**
 * `add(cmd, pos)`, pushing onto `out` (made by a function rather than inline: under tsx, esbuild's
 * keepNames gives every inline named closure a defineProperty each time it is made).
 */
export function adderTo(out: Positioned[]): (cmd: CommandInput, pos: number) => number {
  return (cmd, pos) => out.push({ cmd, pos });
}

export interface Positioned {
  cmd: CommandInput;
  /** Where the command goes in the message's list (`COMMAND_AT`): answers to the pending question first. */
  pos: number;
}

export interface PendingAnswers {
  commands: Positioned[];
  /** Order lines that were the answer, not new requests. */
  consumed: Set<ParsedLine>;
  /** Slots that were the answer. */
  slotsConsumed: Set<string>;
  answered: boolean;
  /**
   * Option phrases the answer gave the waiting dish (`leadClauseOptions`: "wheat" of "wheat, and a
   * coke"): no other line's words it does not take (`notTaken`).
   */
  takenPhrases: string[];
  /**
   * The answer pointed at the choices by a place or property ("the vegan one", "the cheapest"): its
   * words are the answer, never also a browse of the menu by them.
   */
  byPointer?: true;
}

/**
 * Reads the message as an answer to what the bot asked (an option, a clarification, a slot, a
 * conflict, an offer): the context understanding cannot always see. `misspelt`: the venue's guard, so
 * "tenn" answers "6, 10 or 20 pieces?" (see `matchChoice`).
 */
export function answerPending(
  parse: ParseResult,
  state: SessionState,
  venue: Venue,
  cues: { primary: string | undefined; has: (intent: string) => boolean; noOrderWords: boolean },
  misspelt?: MisspeltNumbers,
): PendingAnswers {
  const { primary, has, noOrderWords } = cues;
  const commands: Positioned[] = [];
  const add = adderTo(commands);
  const consumed = new Set<ParsedLine>();
  const slotsConsumed = new Set<string>();
  const pending = state.pending;
  const text = parse.text.trim();
  const takenPhrases: string[] = [];
  let answeredPending = false;
  let byPointer = false;
  // "how much is a large one?" at the size question asks a price; it picks no size
  const itemQuestion = primary === 'item_info' && parse.itemQuestion !== undefined;
  if (pending?.kind === 'option' && pending.group && pending.itemId && !itemQuestion) {
    const line = parse.lines.find(
      (l) => l.itemId === pending.itemId && l.options.some((o) => o.group === pending.group),
    );
    const picked =
      line?.options.find((o) => o.group === pending.group) ??
      parse.freeOptions?.find((o) => o.group === pending.group) ??
      // "a medium hot chocolate too" at the latte's size question: a choice inside another dish's own
      // line is that dish's, never the answer
      parse.lines
        .filter((l) => l.itemId === pending.itemId)
        .flatMap((l) => l.options)
        .find((o) => o.group === pending.group);
    // "wheat, and a coke" at the length question: the bread for the waiting dish, and a coke besides
    const lead = leadClauseOptions(parse, venue, pending.itemId, pending.group);
    // "whole wheat" at the length question is the bread that was read, not the 12" "whole" in its words
    const readElsewhere = [
      ...parse.lines.filter((l) => l.itemId === pending.itemId).flatMap((l) => l.options),
      ...(parse.freeOptions ?? []),
      ...(lead?.options ?? []),
    ];
    // "greek" at the dressing question: the one choice whose name holds every word said; the words of
    // an address or a phone number given with it answer nothing ("to 12 Oak Street" is no 12-inch)
    // "and a large birch beer" at the size question, with no beer on the menu: the absent dish's words
    // ("large") answer nothing
    const leading = parse.text.length - parse.text.trimStart().length;
    const whole = withoutAbsentDishes(withoutCheckoutDetails(text, parse.slots), parse.unresolved, leading);
    // "all large", "12 inch for both": the words for the dishes waiting alike answer nothing themselves
    const said = ALIKE_TOO.test(whole) ? whole.replace(ALIKE_WORDS, (m) => ' '.repeat(m.length)) : whole;
    // "4", "a 4", "level three", "make it a 4" at the question on a numbered scale: that level
    const scale = venue.menu.optionGroups.find((g) => g.id === pending.group);
    const matched =
      picked?.choice ??
      (scale ? levelAnswer(said, scale) : undefined) ??
      matchChoice(said, venue, pending.group, misspelt, readElsewhere) ??
      choiceByNameWords(said, venue, pending.group);
    // "the green and the red one" at the salsa question: each part names one choice by a word of its
    // name; a group of several picks takes them all (a group of one pick takes none: asked again)
    const eachNamed =
      picked === undefined && matched === undefined && (scale?.max ?? 1) > 1
        ? choicesNamedEach(said, venue, pending.group, scale?.max ?? 1)
        : [];
    // "and a large croissant" at the latte's size question: a choice said with another dish is that
    // dish's, so the answer's words are read again with the other dishes' phrases blanked
    // (a dish whose own mention names a choice of the group, "paneer" at the protein question, is the
    // answer's words, and stays)
    const otherDishes = parse.lines.filter((l) => {
      if (l.quantityExplicit === false && l.options.length === 0) {
        const mention = parse.normalized.slice(l.span[0], l.span[1]);
        const answers =
          matchChoice(mention, venue, pending.group as string, misspelt) ??
          choiceByNameWords(mention, venue, pending.group as string);
        if (answers !== undefined) return false;
      }
      return true;
    });
    const ownWords = withoutOtherDishes(parse.normalized, otherDishes, pending.itemId);
    const namedChoice =
      eachNamed.length > 0
        ? eachNamed[0]
        : picked || matched === undefined || ownWords === parse.normalized
          ? matched
          : (matchChoice(ownWords, venue, pending.group, misspelt, readElsewhere) ??
            choiceByNameWords(ownWords, venue, pending.group));
    // "caesar dressing" at the dressing question: a dish named by words the group's own noun follows is
    // an answer to the question, never the Caesar Salad
    const groupWorded = linesBeforeGroupNoun(parse, venue, pending.group, pending.itemId);
    const answerParse =
      groupWorded.length > 0
        ? { ...parse, lines: parse.lines.filter((l) => !groupWorded.includes(l)) }
        : parse;
    // "brown rice" at "Mexican or cilantro lime rice?", "strawberry" at the muffin flavours: a choice the
    // group does not offer is said back with the choices, never swapped for a near one
    // "nah scrap it", "make one of them iced": a drop or a change of the dish, never a choice not offered
    // "and a coke" at the knots' count: choices that define other dishes (which one is asked), no answer
    const otherDishByChoice = parse.unresolved.some(
      (u) => (u.choices?.length ?? 0) > 0 && u.suggestions.every((s) => s.id !== pending.itemId),
    );
    // "bump it to 20", "double it": a change of the waiting dish's count, never a choice not offered
    const countChange =
      has('order_update') &&
      parse.lines.length === 0 &&
      (parse.quantity !== undefined || parse.scale !== undefined);
    // "the mild one", "the cheapest", "the second one" at the sauce question: the choice the place or
    // property said picks among those asked (several or none: said why, asked again)
    // ("a pepperoni pizza, the biggest one": a pointer said with another dish is that dish's)
    const pointed =
      namedChoice === undefined &&
      picked === undefined &&
      parse.lines.every((l) => l.itemId === pending.itemId) &&
      // "make it the veggie one", "a 2nd one same but with oat": a change or a copy of the dish
      !CHANGE_REQUEST.test(text) &&
      !COPY_WORDS.test(text)
        ? choicePointer(said, venue, pending.group, pending.itemId, parse.filters.diet, misspelt)
        : undefined;
    const pointedChoice = pointed?.fits.length === 1 ? pointed.fits[0] : undefined;
    if (pointed) byPointer = true;
    const bare =
      namedChoice !== undefined ||
      groupWorded.length > 0 ||
      (BARE_ANSWER_INTENTS.has(primary ?? '') &&
        !countChange &&
        !otherDishByChoice &&
        !DROP_PENDING.test(text) &&
        // "scratch the shake" at the shake's flavour: the waiting dish taken back, no answer
        !parse.lines.some((l) => l.action === 'remove' && l.itemId === pending.itemId) &&
        !CHANGE_REQUEST.test(text));
    // "one blueberry" at the bagel's question, right after the muffins' flavours: an order of the
    // muffin, not a bagel the menu lacks (the bagel's question is asked again after it)
    const forFocus =
      namedChoice === undefined &&
      !pointed &&
      !state.cartItems.includes(state.focusItemId ?? '') &&
      ordersFocusByChoice(text, state.focusItemId, pending.itemId, venue.menu, misspelt);
    // the whole message is a dish the menu lacks: said so as such, never a choice not offered
    const absentOnly = said.trim() === '' && parse.unresolved.some((u) => u.food);
    // "thin please" at the coke's size, the margherita waiting behind it: the crust is the margherita's
    const behind =
      namedChoice === undefined && !pointed ? waitingTaker(parse, state, venue, pending.itemId) : undefined;
    // "whole" at Mini (5"), Regular (7.5") or Giant (15"), "30 oz" at 16 or 32 oz: the choice whose
    // measure it names; "30% sugar" at 25% or 50%, between two: those two singled out
    const measured =
      namedChoice === undefined && !pointed && scale && !forFocus && !behind
        ? measureAnswer(said, scale)
        : undefined;
    const choice =
      namedChoice ?? pointedChoice ?? (measured?.kind === 'choice' ? measured.choice : undefined);
    const nearest = measured?.kind === 'between' ? measured : undefined;
    // "30% sugar" where the sugar levels are 0, 25, 50, 75 and 100%: said back with the levels offered
    const percentNotOffered =
      nearest?.heard ??
      (choice === undefined && scale && !forFocus && !behind ? unofferedPercent(said, scale) : undefined);
    const notOffered = pointed
      ? undefined
      : (percentNotOffered ??
        (bare && !forFocus && !absentOnly && !behind && measured?.kind !== 'choice'
          ? unofferedChoice({ ...answerParse, text: said }, venue, pending.itemId, pending.group, choice)
          : undefined));
    if (forFocus) {
      // answered by the focus order (`focusOrderOf`)
    } else if (behind) {
      // the options go on the dish waiting behind; the pending question is asked again
      // "bbq" at the hoagie's size, the chips waiting on their flavor: the answer to the waiting dish's own
      // question completes it (added now); other groups amend its draft
      const own =
        behind.group !== undefined ? behind.options.find((o) => o.group === behind.group) : undefined;
      add(
        own && behind.group !== undefined
          ? {
              type: 'choose_option',
              group: behind.group,
              choice: own.choice,
              also: behind.options.filter((o) => o !== own),
            }
          : behind.group !== undefined
            ? { type: 'amend_pending', group: behind.group, without: [], options: behind.options }
            : { type: 'update_item', itemId: behind.itemId, options: behind.options },
        COMMAND_AT.answer,
      );
      for (const l of parse.lines) if (l.itemId === pending.itemId && l.action === 'update') consumed.add(l);
      answeredPending = true;
    } else if (pointed && pointedChoice === undefined) {
      add(
        {
          type: 'amend_pending',
          group: pending.group,
          without: [],
          options: [],
          pointed: {
            heard: pointed.heard,
            fits: pointed.fits,
            ...(pointed.unrated ? { unrated: true } : {}),
          },
        },
        COMMAND_AT.answer,
      );
      for (const l of parse.lines) if (l.itemId === pending.itemId) consumed.add(l);
      answeredPending = true;
    } else if (notOffered && otherGroupsNamed(notOffered, venue, pending.itemId, pending.group).length > 0) {
      // "put extra cheese on it" at the hero's size: a request of the waiting dish's Cheese group, no
      // size; kept as its kitchen note, the size asked again
      add(
        { type: 'amend_pending', group: pending.group, without: [], options: [], note: notOffered },
        COMMAND_AT.answer,
      );
      for (const l of parse.lines)
        if (l.itemId === pending.itemId || groupWorded.includes(l)) consumed.add(l);
      answeredPending = true;
    } else if (notOffered) {
      add(
        {
          type: 'amend_pending',
          group: pending.group,
          without: [],
          options: [],
          notOffered,
          ...(nearest ? { nearest: nearest.choices } : {}),
        },
        COMMAND_AT.answer,
      );
      for (const l of parse.lines)
        if (l.itemId === pending.itemId || groupWorded.includes(l)) consumed.add(l);
      answeredPending = true;
    } else if (choice) {
      const { also, without } = otherOptionsFor(parse, venue, pending.itemId, pending.group, line, choice);
      for (const more of eachNamed.slice(1))
        if (!also.some((a) => a.group === pending.group && a.choice === more))
          also.push({ group: pending.group, choice: more, quantity: 1 });
      for (const o of lead?.options ?? [])
        if (!also.some((a) => a.group === o.group)) {
          also.push(o);
          takenPhrases.push(...(lead?.phrases ?? []));
        }
      // "large, well done": the preparation request said with the answer is the dish's note
      const note =
        line?.note ??
        parse.lines.find((l) => l.itemId === pending.itemId && l.action === 'update')?.note ??
        parse.note;
      // "a large margherita" at the margherita's size question: the waiting dish named again with the
      // choice is the answer, not another one; "two large margheritas" is the answer and the count
      // ("two more large margheritas", "another large one", "a large one too" are more)
      const restated = line !== undefined && !line.more && !ANOTHER_ONE.test(text);
      // "2 large" at a one-of question: the count is the dish's, not two of the choice
      const oneOf = venue.menu.optionGroups.find((g) => g.id === pending.group)?.max === 1;
      const count =
        oneOf && picked && picked.quantity > 1
          ? picked.quantity
          : restated && line.quantityExplicit && line.quantity > 1
            ? line.quantity
            : undefined;
      add(
        {
          type: 'choose_option',
          group: pending.group,
          choice,
          ...(count !== undefined ? { quantity: count } : {}),
          ...(also.length > 0 ? { also } : {}),
          ...(without.length > 0 ? { without } : {}),
          ...(note ? { note } : {}),
          // "both 12 inch" at a one-of question: the dishes queued behind with that question too
          ...(oneOf && ALIKE_TOO.test(text) ? { alikeToo: true as const } : {}),
        },
        COMMAND_AT.answer,
      );
      // "large and a tiramisu": the words before the next dish answered; they are no word of that dish
      if (!picked) takenPhrases.push(...leadAnswerWords(parse, pending.itemId));
      if (line && (line.action === 'update' || !line.quantityExplicit || restated)) consumed.add(line);
      // the words that answered are no dish of their own: "paneer" at the protein question is the
      // protein, not also the Paneer Kathi Roll its words could name
      for (const l of groupWorded) consumed.add(l);
      if (!picked)
        for (const l of parse.lines) {
          const mention = parse.normalized.slice(l.span[0], l.span[1]);
          const answers =
            (matchChoice(mention, venue, pending.group, misspelt) ??
              choiceByNameWords(mention, venue, pending.group)) === choice;
          if (!l.quantityExplicit && answers) consumed.add(l);
        }
      // "sprite", "a coke please" at a combo's drink question: a dish made of the chosen choice alone,
      // its own name unsaid (the soda the words would make on their own), is the answer too
      const gated = venue.menu.optionGroups.find((g) => g.id === pending.group);
      for (const l of parse.lines)
        if (
          gated !== undefined &&
          askedWithGate(gated) &&
          l.itemId !== pending.itemId &&
          l.quantity === 1 &&
          l.options.length === 1 &&
          l.options[0]?.choice === choice &&
          !namesItem(parse.normalized, venue, l.itemId)
        )
          consumed.add(l);
      answeredPending = true;
    }
    // "no onions" instead of the size: a removal for the dish waiting on its option; the question stays
    // ("well done please" likewise gives the waiting dish its kitchen note)
    const standIn = parse.lines.find(
      (l) =>
        l.itemId === pending.itemId &&
        l.action === 'update' &&
        l.span[1] === 0 &&
        (l.without.length > 0 || l.options.length > 0),
    );
    const note = parse.lines.length === 0 ? parse.note : undefined;
    // "no wait make it 2": a change of count with no dish is the waiting dish's count ("one of them"
    // points at one unit: no count)
    const oneOf = ONE_OF.test(text);
    const count =
      parse.lines.length === 0 &&
      has('order_update') &&
      parse.quantity !== undefined &&
      parse.quantity >= 1 &&
      !oneOf
        ? parse.quantity
        : undefined;
    // "double it", "triple that" while the dish waits: its count multiplied (never a counted choice)
    const factor = parse.lines.length === 0 && has('order_update') && !oneOf ? parse.scale : undefined;
    // "what sauces do you have?" asks; it changes nothing
    if (
      !answeredPending &&
      !parse.question &&
      (standIn || note || count !== undefined || factor !== undefined)
    ) {
      const without = (standIn?.without ?? []).map((w) => ({
        group: w.group,
        choice: w.choice,
        ...(w.qualifier ? { qualifier: w.qualifier } : {}),
      }));
      const options = (standIn?.options ?? []).map((o) => ({
        group: o.group,
        choice: o.choice,
        quantity: o.quantity,
        ...(o.qualifier ? { qualifier: o.qualifier } : {}),
      }));
      const draft = waitingDraft(state, pending.group, pending.itemId);
      if (oneOf && draft && draft.quantity > 1) {
        // "make one of them without basil" while 2 wait on their size: one unit is split off with the
        // change (it asks its own question next); the rest keep waiting as they were
        add({ type: 'amend_pending', group: pending.group, quantity: draft.quantity - 1 }, COMMAND_AT.answer);
        const kept = draft.options
          .filter((o) => !options.some((p) => p.group === o.group))
          .map((o) => ({ group: o.group, choice: o.choice, quantity: o.quantity }));
        add(
          {
            type: 'add_item',
            itemId: pending.itemId,
            quantity: 1,
            options: [...kept, ...options],
            without,
            ...(note ? { note } : {}),
          },
          COMMAND_AT.said(0),
        );
      } else {
        // "make it 20" for wings sold as 6, 10 or 20 Wings: the count names that choice, not 20 orders
        const counted =
          count !== undefined && count > 1 ? countChoice(venue.menu, pending.itemId, count) : undefined;
        if (counted && counted.group === pending.group)
          add({ type: 'choose_option', group: counted.group, choice: counted.choice }, COMMAND_AT.answer);
        else
          add(
            {
              type: 'amend_pending',
              group: pending.group,
              without,
              options: counted
                ? [
                    ...options.filter((o) => o.group !== counted.group),
                    { group: counted.group, choice: counted.choice, quantity: 1 },
                  ]
                : options,
              ...(note ? { note } : {}),
              ...(count !== undefined && !counted ? { quantity: count } : {}),
              ...(factor !== undefined ? { scale: factor } : {}),
            },
            COMMAND_AT.answer,
          );
      }
      answeredPending = true;
    }
    // "two thin crust pepperonis" at the pepperoni's size question: the waiting dish named again with a
    // count or other options is the same dish, told more (its count and those options), and so is a
    // change said of it by name while no cart line holds it ("make the latte oat milk"); the question
    // stays. "two more …", "another …", "… too" are more of it, ordered as usual
    const restatedOther =
      !answeredPending && !parse.question
        ? parse.lines.find(
            (l) =>
              l.itemId === pending.itemId &&
              ((l.action ?? 'add') === 'add' ||
                // "make the latte oat milk" at the latte's size question: the waiting latte, no cart line
                (l.action === 'update' && !state.cartItems.includes(pending.itemId))) &&
              !l.more &&
              l.options.length > 0 &&
              !l.options.some((o) => o.group === pending.group) &&
              !ANOTHER_ONE.test(text),
          )
        : undefined;
    if (restatedOther) {
      add(
        {
          type: 'amend_pending',
          group: pending.group,
          without: restatedOther.without.map((w) => without(w)),
          options: restatedOther.options.map((o) => option(o)),
          ...(restatedOther.note ? { note: restatedOther.note } : {}),
          ...(restatedOther.quantityExplicit && restatedOther.quantity > 1
            ? { quantity: restatedOther.quantity }
            : {}),
        },
        COMMAND_AT.answer,
      );
      consumed.add(restatedOther);
      answeredPending = true;
    }
    // "rye, plus a diet coke" at the length question: the bread goes on the waiting dish, whose question
    // stays; the other dish is ordered as usual
    if (!answeredPending && lead) {
      add(
        { type: 'amend_pending', group: pending.group, without: [], options: lead.options },
        COMMAND_AT.answer,
      );
      takenPhrases.push(...lead.phrases);
      answeredPending = true;
    }
    // understanding's stand-in line for the item in focus carries no new request
    for (const l of parse.lines) if (l.itemId === pending.itemId && l.action === 'update') consumed.add(l);
    // "you pick", "whatever's good" at a question of one choice: the group's default (else its first
    // available choice) is taken, and said
    if (
      !answeredPending &&
      DEFER_CHOICE.test(text) &&
      parse.lines.every((l) => l.itemId === pending.itemId)
    ) {
      const group = venue.menu.optionGroups.find((g) => g.id === pending.group);
      const available = group?.max === 1 ? group.choices.filter((c) => c.available) : [];
      const chosen = available.find((c) => c.default) ?? available[0];
      if (chosen) {
        add(
          { type: 'choose_option', group: pending.group, choice: chosen.id, forYou: true },
          COMMAND_AT.answer,
        );
        for (const l of parse.lines) consumed.add(l);
        answeredPending = true;
      }
    }
    // "idk", "not sure": no answer and no "no"; the dish keeps waiting and its choices are said plainly
    if (!answeredPending && UNSURE.test(text) && parse.lines.length === 0) answeredPending = true;
    // "no notes" while a dish waits on its option (asked on top of the notes question): the notes are
    // declined by name; the dish keeps waiting and its question is asked again
    if (!answeredPending && declinesNamedNote(text)) {
      add({ type: 'skip', slot: 'notes' }, COMMAND_AT.answer);
      answeredPending = true;
    }
    // a bare "no" at a required question: the group's own "none" choice ("no dressing") when it has one,
    // else the dish keeps waiting and the choices are said again; it never silently drops the dish
    // ("nah, thanks", "I'm good": a no with no request in it reads as the bare no)
    const saysNo =
      BARE_NO.test(text) ||
      (primary === 'deny' && noOrderWords && parse.lines.length === 0 && !DROP_PENDING.test(text));
    if (!answeredPending && saysNo && parse.lines.every((l) => l.itemId === pending.itemId)) {
      const group = venue.menu.optionGroups.find((g) => g.id === pending.group);
      const none = group?.choices.find((c) => c.available && NONE_CHOICE.test(c.name));
      if (none) add({ type: 'choose_option', group: pending.group, choice: none.id }, COMMAND_AT.answer);
      else if ((group?.min ?? 0) >= 1) add({ type: 'confirm' }, COMMAND_AT.answer);
      // a group asked though optional (a combo's drink, or one the customer named: "with cheese"):
      // "no thanks" passes it over, the dish is added
      const optionalAsked = group !== undefined && (askedWithGate(group) || namedToAsk(state, group.id));
      if (!none && (group?.min ?? 0) < 1 && optionalAsked) add({ type: 'skip' }, COMMAND_AT.answer);
      if (none || (group?.min ?? 0) >= 1 || optionalAsked) answeredPending = true;
    }
    // "remove it", "drop the coke": the item waiting on its option is left out, not another line removed
    // ("actually remove the margherita" naming the waiting dish is understanding's removal of it)
    const removesIt = parse.lines.some((l) => l.action === 'remove' && l.itemId === pending.itemId);
    // "remove the chicken parm" while a drink waits: another dish named is the one removed
    const removesOther = parse.lines.some((l) => l.action === 'remove' && l.itemId !== pending.itemId);
    if (
      !answeredPending &&
      !removesIt &&
      !removesOther &&
      DROP_PENDING.test(text) &&
      parse.lines.every((l) => l.action !== 'add')
    ) {
      add({ type: 'deny' }, COMMAND_AT.answer);
      for (const l of parse.lines) consumed.add(l);
      answeredPending = true;
    }
  }
  // "2 in total or 2 more?": "more", "2 more", "add them" adds; "in total", "just 2", "that's all" keeps
  if (pending?.kind === 'more_or_total' && parse.lines.every((l) => l.itemId === pending.itemId)) {
    const answer = TOTAL_ANSWER.test(text) ? 'deny' : MORE_ANSWER.test(text) ? 'confirm' : undefined;
    if (answer) {
      add({ type: answer }, COMMAND_AT.answer);
      for (const l of parse.lines) consumed.add(l);
      answeredPending = true;
    }
  }
  if (pending?.kind === 'quantity') {
    // "3", "three please", "3 samosas": the count for the line waiting on it
    const line = parse.lines.find((l) => l.itemId === pending.itemId && l.quantityExplicit);
    const quantity = line?.quantity ?? (parse.lines.length === 0 ? parse.quantity : undefined);
    if (quantity !== undefined && quantity > 0) {
      add({ type: 'set_quantity', quantity }, COMMAND_AT.answer);
      if (line) consumed.add(line);
      answeredPending = true;
    }
  }
  // "make it 12 instead", "no, just 3", "12" at "That is 40 × … Shall I add them all?": the count said
  // is the one wanted, added at once (set_quantity), never a change of a cart line nor a bare no
  if (pending?.kind === 'confirm_quantity' && !answeredPending) {
    const line = parse.lines.find((l) => l.itemId === pending.itemId && l.quantityExplicit);
    const other = parse.lines.some((l) => l.itemId !== pending.itemId);
    const quantity = line?.quantity ?? (parse.lines.length === 0 ? parse.quantity : undefined);
    if (!other && quantity !== undefined && quantity > 0) {
      add({ type: 'set_quantity', quantity }, COMMAND_AT.answer);
      if (line) consumed.add(line);
      answeredPending = true;
    }
  }
  // "that's it", "nothing else", "that'll be all" at "Which one: …?": the order is complete; the
  // question is dropped and the checkout starts (never "all" read as both lines, nor a yes or a no)
  // ("yes that's it" at "did you mean the latte?", one dish offered, is that dish: not this)
  const offeredCount = ((state.frames.at(-1)?.slots.choices as unknown[] | undefined) ?? []).length;
  const closes =
    pending?.kind === 'clarify' && offeredCount > 1 && parse.lines.length === 0 && closesOrder(text);
  if (closes) {
    if (!has('checkout')) add({ type: 'start_flow', flow: 'checkout' }, COMMAND_AT.checkout);
    answeredPending = true;
  }
  if (pending?.kind === 'clarify' && !closes) {
    const frame = state.frames.at(-1);
    const choices =
      (frame?.slots.choices as { id: string; name: string; lineId?: string }[] | undefined) ?? [];
    const offeredLine = parse.lines.find((l) => choices.some((c) => c.id === l.itemId));
    // "extra chicken" → "the lamb rogan josh": any dish taking the choice said, offered or not
    const takerLine = offeredLine ? undefined : takerOfChoices(parse, venue, frame?.slots);
    const line = offeredLine ?? takerLine;
    const offered = takerLine ? [{ id: takerLine.itemId, name: takerLine.name }] : choices;
    // a line named by its dish when only one offered line holds that dish, else by its words or position
    const ofItem = line ? offered.filter((c) => c.id === line.itemId) : offered;
    const listed = ofItem[Number(matchListedChoice(text, byIndex(ofItem)) ?? NaN)];
    // one dish offered ("did you mean the latte?"): named, or taken with a yes; "no onions" is no pick
    // "yes 10", "ok 10 then", "sure, 10 of those" at "did you mean the chicken wings?": the one dish
    // offered, taken with the count said (a bare count and words of assent only)
    const bareCount =
      !line && ofItem.length === 1 && parse.lines.length === 0 && !frame?.slots.edit
        ? countWithAssent(text, parse.quantity, misspelt)
        : undefined;
    const picked =
      ofItem.length === 1 && (line || has('affirm') || bareCount !== undefined) ? ofItem[0] : listed;
    if (frame?.slots.edit && EVERY_ONE.test(text) && choices.length > 1) {
      add({ type: 'choose', itemId: (choices[0] as { id: string }).id, all: true }, COMMAND_AT.answer);
      for (const l of parse.lines) if (choices.some((c) => c.id === l.itemId)) consumed.add(l);
      answeredPending = true;
    } else if (picked) {
      // "a large pepperoni with extra cheese": a dish offered from the menu takes what was said with it
      const said = line && !picked.lineId && !frame?.slots.edit ? line : undefined;
      add(
        {
          type: 'choose',
          itemId: picked.id,
          ...(picked.lineId ? { lineId: picked.lineId } : {}),
          ...(said?.options.length ? { options: said.options.map(option) } : {}),
          ...(said?.without.length ? { without: said.without.map(without) } : {}),
          ...(said?.note ? { note: said.note } : {}),
          // a count said with it; "a large pepperoni" for the "2 pizzas" asked about keeps the 2
          ...(said?.quantityExplicit && said.quantity > 1 ? { quantity: said.quantity } : {}),
          ...(!said && bareCount !== undefined && bareCount > 1 ? { quantity: bareCount } : {}),
        },
        COMMAND_AT.answer,
      );
      if (line) consumed.add(line);
      answeredPending = true;
    }
  }
  if (pending?.kind === 'slot' && pending.slot) {
    // the value understanding read and validated as this slot (understand/slot-readers.ts); a
    // question, a yes or another slot's value ("555-0100" at the address question) is not it
    const slot = pending.slot;
    // "yes I have one", "I do" at "any notes?": the note itself is asked for next
    const announced = slot === 'notes' && announcesNote(text);
    // "confirm", "go ahead", "that's it" at "any notes?": carry on with the order, no note given
    const proceeds =
      slot === 'notes' &&
      !announced &&
      parse.lines.length === 0 &&
      !parse.question &&
      (PROCEED.test(text) || (noOrderWords && has('checkout')));
    if (proceeds) {
      add({ type: 'skip' }, COMMAND_AT.answer);
      answeredPending = true;
    }
    if (announced) {
      add({ type: 'confirm' }, COMMAND_AT.answer);
      answeredPending = true;
    }
    const value =
      announced || proceeds || SKIP.test(text)
        ? undefined
        : slot === 'notes'
          ? (noOrderWords || onlyStandInEdits(parse) || onlyFocusNote(parse)) &&
            !isOtherRequest(primary) &&
            primary !== 'affirm' &&
            // "this is taking way too long" is no kitchen note
            !parse.frustrated &&
            // "actually make it 8pm" changes the requested time; it is no note
            parse.slots.when === undefined &&
            // "cash", "pay by card" at the notes question change the payment; they are not also a note
            !(Object.values(parse.slots).some((v) => v !== undefined) && text.split(/\s+/).length <= 3)
            ? readNoteAnswer(text)
            : undefined
          : (parse.slots as Record<string, string | undefined>)[slot];
    if (value) {
      add(
        { type: state.slots[slot as 'name'] ? 'correct_slot' : 'set_slot', slot: slot as 'name', value },
        COMMAND_AT.answer,
      );
      slotsConsumed.add(slot);
      answeredPending = true;
    } else if (
      !proceeds &&
      (SKIP.test(text) || (slot === 'notes' && noOrderWords && (has('deny') || declinesNote(text))))
    ) {
      add({ type: 'skip' }, COMMAND_AT.answer);
      answeredPending = true;
    }
  }

  if (
    !answeredPending &&
    (pending?.kind === 'diet_conflict' || pending?.kind === 'offer_item') &&
    parse.lines.length === 0
  ) {
    if (/\b(?:anyway|regardless|still add|add it|that's fine|fine)\b/i.test(text)) {
      add({ type: 'confirm' }, COMMAND_AT.answer);
      answeredPending = true;
    } else if (/\b(?:something else|another|other|different|pick|instead|alternatives?)\b/i.test(text)) {
      add({ type: 'deny', alternative: true }, COMMAND_AT.answer);
      answeredPending = true;
    }
  }
  // "nah, looks right" at "What would you like to change?": nothing to change, the summary is shown
  // again (its own yes places the order; this one never does: `decidePlacement` reads the question)
  if (
    !answeredPending &&
    pending?.kind === SUMMARY_CHANGE_QUESTION &&
    parse.lines.length === 0 &&
    saysNothingToChange(text)
  ) {
    add({ type: 'confirm' }, COMMAND_AT.answer);
    answeredPending = true;
  }
  if (!answeredPending && pending && SKIP.test(text)) {
    // "skip" to a yes/no question or an item's option is a no
    add(
      pending.kind === 'slot' || pending.kind === 'items' ? { type: 'skip' } : { type: 'deny' },
      COMMAND_AT.answer,
    );
    answeredPending = true;
  }

  return {
    commands,
    consumed,
    slotsConsumed,
    answered: answeredPending,
    takenPhrases,
    ...(byPointer && answeredPending ? { byPointer: true as const } : {}),
  };
}

/**
 * The words said before the first dish other than the waiting one ("large and a" of "large and a
 * tiramisu"), when such a dish follows: the answer's own words. None when no other dish is named.
 */
function leadAnswerWords(parse: ParseResult, itemId: string): string[] {
  const starts = parse.lines.filter((l) => l.itemId !== itemId && l.span[1] > 0).map((l) => l.span[0]);
  if (starts.length === 0) return [];
  const lead = parse.normalized
    .slice(0, Math.min(...starts))
    .toLowerCase()
    .trim();
  return lead ? [lead] : [];
}

/**
 * Options said with no dish at an option question that the asked dish takes none of, but a dish
 * waiting on its own option question behind it takes every one of ("thin please" at the Coca-Cola's
 * size, the Margherita waiting on its size): that dish's waiting group, and the options. The nearest
 * such dish to the top of the stack, else the one dish of the cart taking them (the focus dish first):
 * its item id. Undefined when there is none or the asked dish takes one of them.
 */
function waitingTaker(
  parse: ParseResult,
  state: SessionState,
  venue: Venue,
  itemId: string,
):
  | { group: string; itemId?: undefined; options: { group: string; choice: string; quantity: number }[] }
  | { group?: undefined; itemId: string; options: { group: string; choice: string; quantity: number }[] }
  | undefined {
  if (parse.question || parse.lines.some((l) => l.itemId !== itemId || l.options.length > 0))
    return undefined;
  const said = parse.freeOptions ?? [];
  if (said.length === 0 || (parse.freeWithout ?? []).length > 0) return undefined;
  const groupsOf = (id: string) => new Set(venue.menu.items.find((i) => i.id === id)?.optionGroups ?? []);
  const asked = groupsOf(itemId);
  if (said.some((o) => asked.has(o.group))) return undefined;
  const top = state.frames.findLast((f) => f.kind === 'choose_option');
  for (const frame of [...state.frames].reverse()) {
    if (frame.kind !== 'choose_option' || frame === top) continue;
    const draft = frame.slots.draft as DraftLine | undefined;
    const group = frame.slots.group as string | undefined;
    if (!draft || !group || draft.itemId === itemId) continue;
    const takes = groupsOf(draft.itemId);
    if (said.every((o) => takes.has(o.group))) return { group, options: picks(said) };
  }
  // else the one dish of the cart that takes them (the dish in focus first): "thin please" at the coke's
  // size, a large margherita in the cart
  const inCart = [...new Set(state.cartItems)].filter((id) => {
    const takes = groupsOf(id);
    return id !== itemId && said.every((o) => takes.has(o.group));
  });
  const cartItem = inCart.includes(state.focusItemId ?? '')
    ? state.focusItemId
    : inCart.length === 1
      ? inCart[0]
      : undefined;
  return cartItem ? { itemId: cartItem, options: picks(said) } : undefined;
}

/** The option picks of parsed options, as commands carry them. */
function picks(said: readonly { group: string; choice: string; quantity: number }[]) {
  return said.map((o) => ({ group: o.group, choice: o.choice, quantity: o.quantity }));
}

/** Words of another of the dish rather than a choice of it ("a 2nd one same but with oat", "another"). */
const COPY_WORDS = /\b(?:same|another|copy|also|too|as well)\b/i;

/** A change asked of a dish ("make one of them iced", "switch it to oat"): no bare answer to the question. */
const CHANGE_REQUEST = /^(?:[\w']+[\s,]+){0,4}?(?:make|change|turn|switch)\s+(?:it|that|this|them|one of)\b/i;

/**
 * The lines of other dishes whose mention the pending group's own noun follows ("caesar dressing" at the
 * dressing question, "greek dressing"): words that answer the question, not a dish ordered. A line with a
 * count said ("2 caesar salads") is an order of its own.
 */
function linesBeforeGroupNoun(
  parse: ParseResult,
  venue: Venue,
  groupId: string,
  itemId: string,
): ParsedLine[] {
  const group = venue.menu.optionGroups.find((g) => g.id === groupId);
  if (!group) return [];
  const nouns = new Set(
    [group.name, ...group.aliases]
      .flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u))
      .filter((w) => w.length >= 3),
  );
  return parse.lines.filter((l) => {
    if (l.itemId === itemId || l.quantityExplicit) return false;
    const next = /^[^\p{L}\p{N}]*([\p{L}\p{N}]+)/u.exec(parse.normalized.slice(l.span[1]))?.[1];
    return next !== undefined && nouns.has(next.toLowerCase());
  });
}

/**
 * The one available choice of `groupId` whose name holds every content word of a short answer ("greek"
 * → Greek Vinaigrette; "chicken" → Grilled chicken); undefined when none or several do.
 */
/**
 * The choices of a group of several picks said one by one with "and" or commas, each by words of its
 * name ("the green and the red one", "green, red"): their ids in the order said, when there are two
 * or more, all different, at most the group's `max`, and every part names exactly one. Else empty.
 */
function choicesNamedEach(text: string, venue: Venue, groupId: string, max: number): string[] {
  const parts = text
    .toLowerCase()
    .replace(/\b(?:ones?|please|pls|thanks)\b/g, ' ')
    .split(/\s*(?:,|&|\band\b|\bplus\b)\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length < 2 || parts.length > max) return [];
  const ids = parts.map((p) => choiceByNameWords(p, venue, groupId));
  if (ids.some((id) => id === undefined)) return [];
  const unique = [...new Set(ids as string[])];
  return unique.length === ids.length ? unique : [];
}

function choiceByNameWords(text: string, venue: Venue, groupId: string): string | undefined {
  const group = venue.menu.optionGroups.find((g) => g.id === groupId);
  if (!group) return undefined;
  const groupWords = new Set(group.name.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !groupWords.has(w) && !ANSWER_FILLERS.has(w));
  if (words.length === 0 || words.length > 2) return undefined;
  const fits = group.choices.filter((c) => {
    if (c.available === false) return false;
    const name = new Set(c.name.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    return words.every((w) => name.has(w));
  });
  return fits.length === 1 ? fits[0]?.id : undefined;
}

/** Words said around a choice that name none: politeness and "I'll have". */
const ANSWER_FILLERS = new Set([
  'the',
  'one',
  'please',
  'pls',
  'thanks',
  'take',
  'have',
  'want',
  'like',
  'would',
  'just',
  'with',
  'yes',
  'yeah',
  'sure',
  'okay',
]);

/**
 * The readings a bare answer to an option question may get when it names no choice ("strawberry" read
 * as out of scope, "12 pieces" as a question to the documents, "shrimp" as an unknown dish, "cheddar"
 * as a change of the waiting dish that names no option): such a
 * message may be a choice the group does not offer.
 */
const BARE_ANSWER_INTENTS = new Set(['', 'out_of_scope', 'order_add', 'order_update', 'faq']);

/**
 * The count of a message made of one count and words of assent or politeness only ("yes 10", "ok 10
 * then", "sure, 10 of those please"); undefined for anything else. `quantity`: understanding's count.
 */
function countWithAssent(
  text: string,
  quantity: number | undefined,
  misspelt?: MisspeltNumbers,
): number | undefined {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const counts = words.map((w) => countWord(w, misspelt)).filter((n): n is number => n !== undefined);
  if (counts.length !== 1 || !words.every((w) => ASSENT.has(w) || countWord(w, misspelt) !== undefined))
    return undefined;
  const count = quantity ?? counts[0];
  return count !== undefined && count >= 1 ? count : undefined;
}

/** Words that may ride with a count answering "did you mean X?": assent, politeness, "of those". */
const ASSENT = new Set([
  'yes',
  'yeah',
  'yep',
  'yup',
  'sure',
  'ok',
  'okay',
  'k',
  'then',
  'please',
  'pls',
  'of',
  'those',
  'them',
  'that',
  'it',
  'just',
  'make',
  'give',
  'me',
  'i',
  'll',
  'take',
  'want',
  'thanks',
  'correct',
  'right',
  'exactly',
  'go',
  'with',
  'one',
  'ones',
]);

/** An answer to "2 in total or 2 more?" that keeps the count the cart holds. */
const TOTAL_ANSWER =
  /\b(?:in total|total|altogether|all together|only|just|that'?s all|that'?s it|keep|as is|no more|not more|enough|the same)\b/i;

/** An answer to "2 in total or 2 more?" that adds that many. */
/** Words saying a dish named at its own question is one more, not the answer: "and another margherita". */
const ANOTHER_ONE = /\b(?:more|another|extra|additional|also|too|as well|plus|second|both)\b/i;
const MORE_ANSWER = /\b(?:more|another|extra|add|additional|on top|plus|both)\b/i;

/** A bare "no" ("nope", "no thanks", "none"): no choice named, and no dish dropped by name. */
const BARE_NO = /^(?:no+|nope|nah|none|neither|no,? thanks?(?: you)?|no,? thank you|nothing)[.!]*$/i;

/** Whether `text` says the item by its name or an alias, as whole words. */
function namesItem(text: string, venue: Venue, itemId: string): boolean {
  const item = venue.menu.items.find((i) => i.id === itemId);
  const padded = ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  return [item?.name ?? '', ...(item?.aliases ?? [])].some(
    (n) =>
      n.length > 0 &&
      padded.includes(
        ` ${n
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, ' ')
          .trim()} `,
      ),
  );
}

/** A choice that is the group's "none" ("No Dressing", "No side"). */
const NONE_CHOICE = /^(?:no|none)\b/i;

/** "both", "all of them", "for each": at a one-of question, the other dishes waiting with it (never "that's all"). */
const ALIKE_TOO =
  /\b(?:both|each|every one|all of them|all of those|all three|all four|for all|them all)\b|^all\b(?! (?:good|set|right|done)\b)/i;

/** The words of `ALIKE_TOO`, with a "for" or "of" before them, blanked from the answer's words. */
const ALIKE_WORDS =
  /\b(?:for |of )?(?:both|each|every one|all of them|all of those|all three|all four|them all)\b|^\s*all\b/gi;

/** "both", "all of them", "each one": every offered choice. */
const EVERY_ONE = /\b(?:both|all|each|every)\b/i;

/** Offered choices keyed by their index, so lines of one dish can be told apart by their words or position. */
function byIndex(choices: readonly { name: string }[]): { id: string; name: string }[] {
  return choices.map((c, i) => ({ id: String(i), name: c.name }));
}

/**
 * The other options an answer to an option question names for the same item ("large, thin crust"):
 * those on the answer's line for the item, or said with no item, that the item's groups take. At a
 * question of several picks ("onions, peppers and mushrooms" at the toppings) the other picks of the
 * asked group are kept too, within its `max` (the chosen `choice` counting as one).
 */
function otherOptionsFor(
  parse: ParseResult,
  venue: Venue,
  itemId: string,
  group: string,
  line: ParsedLine | undefined,
  choice?: string,
): {
  also: { group: string; choice: string; quantity: number; qualifier?: 'light' | 'extra' }[];
  without: { group: string; choice: string }[];
} {
  const groups = new Set(venue.menu.items.find((i) => i.id === itemId)?.optionGroups ?? []);
  const ownLine = line ?? parse.lines.find((l) => l.itemId === itemId && l.action === 'update');
  const options = [...(ownLine?.options ?? []), ...(parse.freeOptions ?? [])];
  const removed = [...(ownLine?.without ?? []), ...(parse.freeWithout ?? [])];
  const max = venue.menu.optionGroups.find((g) => g.id === group)?.max ?? 1;
  const morePicks = options
    .filter((o) => o.group === group && o.choice !== choice)
    .filter((o, i, all) => all.findIndex((x) => x.choice === o.choice) === i)
    .slice(0, Math.max(0, max - 1));
  const also = [...options.filter((o) => o.group !== group && groups.has(o.group)), ...morePicks].map(
    (o) => ({
      group: o.group,
      choice: o.choice,
      quantity: o.quantity,
      ...(o.qualifier ? { qualifier: o.qualifier } : {}),
    }),
  );
  // a removal the dish has no place for is kept: the engine says the dish does not come with it
  const without = removed.map((w) => ({ group: w.group, choice: w.choice }));
  return { also, without };
}

/**
 * Every line is understanding's stand-in for an option said without a dish ("no onions please" with one
 * pizza in the cart: span [0, 0]): at the notes question that is the note, not a change of the order.
 */
function onlyStandInEdits(parse: ParseResult): boolean {
  return (
    parse.lines.length > 0 &&
    parse.itemRefs.length === 0 &&
    parse.lines.every((l) => l.action === 'update' && l.span[0] === 0 && l.span[1] === 0)
  );
}

/**
 * A preparation request said alone ("cut it in squares please", "well done"), read as the note of the
 * line in focus (`note`, no line): at the notes question that is the order's note.
 */
function onlyFocusNote(parse: ParseResult): boolean {
  return parse.note !== undefined && parse.lines.length === 0 && parse.itemRefs.length === 0;
}

/** The draft of the dish waiting on the option question of `group` (its open `choose_option` frame). */
function waitingDraft(state: SessionState, group: string, itemId: string): DraftLine | undefined {
  const frame = state.frames.findLast((f) => f.kind === 'choose_option' && f.slots.group === group);
  const draft = frame?.slots.draft as DraftLine | undefined;
  return draft?.itemId === itemId ? draft : undefined;
}

/**
 * At "which dish would you like extra chicken with?" (a clarify offering dishes for the choices said),
 * the one dish named in the answer that takes every choice said, though it was not among those offered.
 */
function takerOfChoices(
  parse: ParseResult,
  venue: Venue,
  slots: Record<string, unknown> | undefined,
): ParsedLine | undefined {
  const said = (slots?.withChoices as string[] | undefined) ?? [];
  if (said.length === 0 || slots?.edit || parse.lines.length !== 1) return undefined;
  const line = parse.lines[0] as ParsedLine;
  const item = venue.menu.items.find((i) => i.id === line.itemId);
  const takes = (choice: string) =>
    venue.menu.optionGroups.some(
      (g) => item?.optionGroups.includes(g.id) && g.choices.some((c) => c.id === choice),
    );
  return said.every(takes) ? line : undefined;
}

/** Whether the dish waiting on `group`'s question had that group named by the customer ("with cheese"). */
function namedToAsk(state: SessionState, group: string): boolean {
  const frame = state.frames.findLast((f) => f.kind === 'choose_option' && f.slots.group === group);
  return ((frame?.slots.draft as DraftLine | undefined)?.ask ?? []).includes(group);
}
