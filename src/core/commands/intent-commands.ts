import type { Allergen } from '../../domain/menu-schema.ts';
import { SUMMARY_QUESTION } from '../dialog/unambiguous-yes.ts';
import { BoundedMemo } from '../state/bounded-memo.ts';
import { asksAllergySuitability } from '../understand/allergy-question.ts';
import { normalize } from '../understand/normalize.ts';
import { asksAboutPronoun } from '../understand/pronoun-subject.ts';
import { relativePronouns } from '../understand/relative-clause.ts';
import { removesLastThing, retractsLastRequest } from '../understand/retraction-cues.ts';
import { whOrderQuestions } from '../understand/wh-order-question.ts';
import type { Positioned } from './answer-pending.ts';
import type { CommandInput, CommandOf } from './command.ts';
import { COMMAND_AT } from './command-order.ts';
import { PRONOUN, TOTAL } from './dialog-cues.ts';
import type { CommandPart, GenerationContext } from './generation-context.ts';
import { listedItemAsked } from './line-commands.ts';
import { offerTakenWithOptions, offerYesWithRemovals } from './offer-with-options.ts';

const CHITCHAT = {
  greet: 'greet',
  goodbye: 'goodbye',
  thanks: 'thanks',
  bot_challenge: 'bot_challenge',
  capabilities: 'capabilities',
  help: 'help',
  chitchat: 'smalltalk',
  table_booking: 'table_booking',
} as const;

/**
 * The requests the intents make, in the order understanding ranked them: small talk, browse, item
 * questions, recommendations, cart, checkout, cancel, repeat, hand-off, knowledge, order status; and a
 * yes or a no that did not already answer the pending question.
 */
/** `add(cmd, pos)` onto `out`, `pos` by default the request's rank (a function: see `adderTo`). */
function requestAdder(out: Positioned[], rank: number): (cmd: CommandInput, pos?: number) => number {
  return (cmd, pos = COMMAND_AT.request(rank)) => out.push({ cmd, pos });
}

export const intentCommands: CommandPart = (g) => {
  const out: Positioned[] = [];
  g.confident.forEach(({ intent }, rank) => {
    commandsOf(g, intent, rank, requestAdder(out, rank));
  });
  return out;
};

/** The item question's reading as item_info fields (topic, group, choices, diet, allergens, flag); empty without one. */
function questionOf(parse: GenerationContext['parse']): Omit<CommandOf<'item_info'>, 'type' | 'itemId'> {
  const q = parse.itemQuestion;
  if (!q) return {};
  return {
    topic: q.topic,
    ...(q.group ? { group: q.group } : {}),
    ...(q.choices?.length ? { choices: q.choices } : {}),
    ...(q.diet ? { diet: q.diet } : {}),
    ...(q.allergens?.length ? { allergens: q.allergens } : {}),
    ...(q.flag ? { flag: q.flag } : {}),
    ...(q.measure ? { measure: true as const } : {}),
    ...(q.ingredient ? { ingredient: q.ingredient } : {}),
    ...(q.available ? { available: true as const } : {}),
    ...(q.heard ? { heard: q.heard } : {}),
  };
}

function commandsOf(
  g: GenerationContext,
  intent: string,
  rank: number,
  add: (cmd: CommandInput, pos?: number) => void,
): void {
  const { parse, state, text, has, noOrderWords } = g;
  const answeredPending = g.answers.answered;
  const pending = state.pending;
  // what "it" is: the item whose option is being asked for, else the item last talked about
  const inFocus = pending?.itemId ?? state.focusItemId;
  // "can you do that iced with almond milk": a request of an order line, no question of what the bot can do
  if (intent === 'capabilities' && rank > 0 && parse.lines.length > 0 && g.lineIntent) return;
  switch (intent) {
    case 'affirm':
      // "ok, I'm done" is a checkout, not a yes to "anything else?"
      if (
        !answeredPending &&
        !(has('checkout') && (!pending || pending.kind === 'items')) &&
        // "ok, let's do pickup" at "anything else, or shall we check out?": a checkout detail given with
        // the yes chooses the checkout, never "what else would you like?"
        !(pending?.kind === 'items' && givesCheckoutDetail(parse.slots)) &&
        // "ok, anyway add a coke" at the offer of a person: an acknowledgement, the order goes on
        !(pending?.kind === 'offer_handoff' && (parse.lines.length > 0 || g.lineIntent || has('checkout'))) &&
        !acknowledgesThanks(g) &&
        !opensQuestion(g)
      )
        // "ok that one with extra egg" at the offer of a dish: the dish with what was said of it
        add(offerTakenWithOptions(g) ?? { type: 'confirm' }, COMMAND_AT.answer);
      return;
    case 'deny': {
      // "oh wait, forget that": the lead-in's "no" is the retraction's, never a "no" to "anything else?"
      if (has('cancel') && retractsLastRequest(text)) return;
      // "sure, no scallions" at the offer of a dish: the "no" takes an option off, the yes stands
      const yes = answeredPending ? undefined : offerYesWithRemovals(g);
      if (yes) {
        add(yes, COMMAND_AT.answer);
        return;
      }
      if (!answeredPending && !answersAnotherQuestion(g)) add({ type: 'deny' }, COMMAND_AT.answer);
      return;
    }
    case 'thanks':
      // "make the tiramisu 2 thanks", "a coke and fries, cheers": a courtesy word with an order or a
      // change of it is manners, not a second act to answer with "you're welcome"
      if (closesRequestCourteously(g)) return;
      add({ type: 'chitchat', kind: CHITCHAT.thanks });
      return;
    case 'greet':
    case 'goodbye':
    case 'bot_challenge':
    case 'capabilities':
    case 'help':
    case 'chitchat':
    case 'table_booking':
      // "ugh this is taking so long": an apology; "why do you need my name?": what the detail is for;
      // then the pending question again
      add(
        {
          type: 'chitchat',
          kind:
            intent !== 'chitchat'
              ? CHITCHAT[intent]
              : g.parse.whyAsked
                ? 'why_asked'
                : g.parse.frustrated
                  ? 'apology'
                  : g.parse.asksForTime
                    ? 'take_your_time'
                    : 'smalltalk',
        },
        intent === 'greet' ? COMMAND_AT.greeting : undefined,
      );
      return;
    case 'browse_menu': {
      // "the vegan one" at the protein question: the answer's words, no browse of vegan dishes
      if (g.answers.byPointer) return;
      // "is the first one vegan?" after a card: about that dish of the card
      const listedAsked = noOrderWords && !parse.filters.category ? listedItemAsked(g) : undefined;
      if (listedAsked) {
        add({ type: 'item_info', itemId: listedAsked, ...questionOf(parse) });
        return;
      }
      // "is it vegan?" right after talking about a dish asks about that dish
      if (inFocus && saysFocusPronoun(text) && !parse.filters.category && noOrderWords) {
        add({
          type: 'item_info',
          itemId: inFocus,
          ...focusLine(g, inFocus, questionOf(parse)),
          ...questionOf(parse),
        });
        return;
      }
      // "is it vegan?" with no dish talked about yet: which dish "it" is, is asked (item_info with none)
      if (!inFocus && !parse.filters.category && noOrderWords && pronounAsked(g)) {
        add({ type: 'item_info', ...questionOf(parse) });
        return;
      }
      // "what can I eat if I'm lactose intolerant?", "I'm gluten intolerant, what can I order": the
      // diet or allergy stated with the request filters the list it asks for
      const fits = asksForDishes(parse, text);
      // "i'm allergic to eggs" … "which burgers can i have": the allergies already told filter the list
      const told = whOrderQuestions(normalize(text).tokens).length > 0 ? g.state.constraints.allergies : [];
      const statedOnly =
        (parse.constraints.diet || parse.constraints.allergies.length > 0) &&
        rank > 0 &&
        !parse.filters.category &&
        !fits;
      const diet =
        parse.filters.diet ??
        (fits && parse.constraints.diet !== 'non-vegetarian' ? parse.constraints.diet : undefined);
      if (!statedOnly)
        add({
          type: 'browse',
          ...(diet ? { diet } : {}),
          ...(parse.filters.category ? { category: parse.filters.category } : {}),
          allergenFree: fits
            ? [...new Set([...parse.filters.allergenFree, ...parse.constraints.allergies, ...told])]
            : [...new Set([...parse.filters.allergenFree, ...unrecordedAllergies(parse, text), ...told])],
          ...(parse.filters.maxSpice !== undefined ? { maxSpice: parse.filters.maxSpice } : {}),
          ...(parse.filters.withoutIngredients?.length
            ? { withoutIngredients: parse.filters.withoutIngredients }
            : {}),
          ...(parse.filters.allergenIn?.length ? { allergenIn: parse.filters.allergenIn } : {}),
          ...(parse.filters.items ? { items: parse.filters.items } : {}),
          ...(parse.filters.noun ? { noun: parse.filters.noun } : {}),
        });
      return;
    }
    case 'item_info': {
      const refs = parse.itemRefs.length > 0 ? parse.itemRefs : parse.lines;
      const asked = questionOf(parse);
      // "is the first one spicy?" after a card: that dish of the card, whatever a word of the question
      // could name ("spicy" is in a dish's other name)
      const listedAsked = parse.lines.length === 0 ? listedItemAsked(g) : undefined;
      if (listedAsked) {
        add({ type: 'item_info', itemId: listedAsked, ...asked });
        return;
      }
      // "is the gluten-free crust vegan?": about the choice itself, not the dish in focus
      const choicesOnly =
        ((asked.choices?.length ?? 0) > 0 && !PRONOUN.test(text)) || asked.available === true;
      // "how spicy is the vindaloo" with no vindaloo on the menu: the absent dish is said, and the
      // question is not answered of the dish in focus (unless "it" points there)
      const absentAsked = parse.unresolved.some((u) => u.food) && !PRONOUN.test(text);
      if (refs.length > 0) for (const ref of refs) add({ type: 'item_info', itemId: ref.itemId, ...asked });
      else if (TOTAL.test(text) && state.cartItems.length > 0) add({ type: 'show_cart' });
      else if (absentAsked) return;
      else if (inFocus && !choicesOnly)
        add({ type: 'item_info', itemId: inFocus, ...focusLine(g, inFocus, asked), ...asked });
      else if (asked.choices?.length || asked.group) add({ type: 'item_info', ...asked });
      // "is it spicy?" with no dish talked about yet: which dish "it" is, is asked
      else if (pronounAsked(g)) add({ type: 'item_info', ...asked });
      return;
    }
    case 'recommend': {
      // "what's good for someone with a gluten allergy": an allergy of nobody's naming is not recorded
      // (constraint-commands.ts), so the pick carries it itself
      const needs = [...new Set([...parse.filters.allergenFree, ...unrecordedAllergies(parse, text)])];
      if (!answeredPending)
        add({
          type: 'recommend',
          ...(parse.mood ? { mood: parse.mood } : {}),
          ...(parse.filters.diet ? { diet: parse.filters.diet } : {}),
          ...(parse.filters.category ? { category: parse.filters.category } : {}),
          ...(parse.filters.maxSpice !== undefined ? { maxSpice: parse.filters.maxSpice } : {}),
          ...(parse.filters.withoutIngredients?.length
            ? { withoutIngredients: parse.filters.withoutIngredients }
            : {}),
          ...(needs.length > 0 ? { allergenFree: needs } : {}),
        });
      return;
    }
    case 'show_cart':
      add({ type: 'show_cart' });
      return;
    case 'checkout':
      add({ type: 'start_flow', flow: 'checkout' }, COMMAND_AT.checkout);
      return;
    case 'cancel': {
      // "actually forget the sandwich" at its size question leaves the dish out; the order stays
      if (g.lineIntent || droppedWaitingDish(g)) return;
      // "never mind" right after "a coke": the coke goes, the order stays
      const retracted = retractedLines(g);
      if (retracted.length > 0)
        for (const lineId of retracted)
          add({ type: 'remove_item', target: 'named', line: { has: [], lineId } });
      // "take it off", "remove that" with no add just before: the line last touched goes, not the order
      else if (removesLastThing(text) && state.lastLineId) add({ type: 'remove_item', target: 'last' });
      else add({ type: 'cancel_flow' });
      return;
    }
    case 'repeat':
      add({ type: 'repeat' });
      return;
    case 'human_handoff':
      add({ type: 'handoff', reason: 'customer asked for a person' });
      return;
    case 'faq': {
      // "no notes" at the notes question declines them; the documents' "Other notes" are not asked for
      if (answeredPending && pending?.kind === 'slot' && pending.slot === 'notes' && !parse.question) return;
      // "what's in the second one", "how much is number 3" after a card: about that dish of the card
      const listedAsked = noOrderWords ? listedItemAsked(g) : undefined;
      if (listedAsked) {
        add({ type: 'item_info', itemId: listedAsked, ...questionOf(parse) });
        return;
      }
      // "is it gluten free?", "quick q, is it halal?" right after talking about a dish: a question about
      // that dish, answered from the menu's data, though the documents have a policy of the same words
      if (inFocus && noOrderWords && parse.itemQuestion && !parse.possibility && pronounAsked(g)) {
        add({
          type: 'item_info',
          itemId: inFocus,
          ...focusLine(g, inFocus, questionOf(parse)),
          ...questionOf(parse),
        });
        return;
      }
      // "can someone with an egg allergy eat the pancakes?": whether the one dish named suits the allergy,
      // answered from its allergens (the documents' cross-contact note follows in the answer)
      const suits = suitabilityAsked(g);
      if (suits) {
        add({ type: 'item_info', itemId: suits, topic: 'allergens', allergens: parse.constraints.allergies });
        return;
      }
      // a diet or allergy need put as a question for dishes ("anything for someone with celiac?", "which
      // pizzas are safe for a dairy allergy"): the menu's dishes that fit, of the category said
      const fits = asksForDishes(parse, text);
      if (fits)
        add({
          type: 'browse',
          ...(parse.constraints.diet ? { diet: parse.constraints.diet } : {}),
          ...(parse.filters.category ? { category: parse.filters.category } : {}),
          allergenFree: parse.constraints.allergies,
        });
      // an allergy's list of a category is answered by the menu's allergen data and its caution (the
      // browse's), never by a document passage on the dishes' other words; asked of the whole menu
      // ("anything for someone with celiac"), the documents' policy on the need follows
      if (fits && parse.constraints.allergies.length > 0 && parse.filters.category) return;
      // a question about the restaurant; beside an order, an answer or a request, only its own clause
      // asks ("add a 2 liter coke and what time do you close tonight?")
      // with nothing else asked, the whole message: its other clauses say what the question is about
      // ("my delivery was an hour late, do I get anything back?")
      if (rank === 0 || (!has('cancel') && !g.slotGiven && !g.lineIntent))
        add({
          type: 'ask_knowledge',
          question: g.lineIntent || givesDetails(parse) ? (parse.question ?? text) : text,
          // a complaint, or what the kitchen can do ("can you make the korma jain?"): the documents say,
          // not the dish's menu entry
          ...(parse.complaint || parse.possibility ? { documentsOnly: true } : {}),
          ...absentOf(parse),
        });
      else if (parse.question && !has('cancel')) add({ type: 'ask_knowledge', question: parse.question });
      return;
    }
    case 'order_status':
      add({ type: 'order_status' });
      return;
    default:
      return;
  }
}

/**
 * The dishes the menu lacks that a question names, as a command field: the first (`heard`), the others
 * (`alsoHeard`, told in the same sentence) and up to 3 nearest dishes of them all (4 drinks for a drink
 * kind the menu does not serve).
 */
function absentOf(parse: GenerationContext['parse']): {
  absent?: CommandOf<'ask_knowledge'>['absent'];
} {
  const dish = parse.absentDishes?.[0];
  if (!dish) return {};
  const others = dish.drinkKind ? [] : (parse.absentDishes ?? []).slice(1).filter((a) => !a.drinkKind);
  const seen = new Set<string>();
  const choices = [dish, ...others]
    .flatMap((a) => a.suggestions)
    .filter((s) => !seen.has(s.id) && seen.add(s.id))
    .slice(0, dish.drinkKind ? 4 : 3)
    .map((s) => ({ id: s.id, name: s.name }));
  return {
    absent: {
      heard: dish.text,
      choices,
      ...(others.length > 0 ? { alsoHeard: others.map((a) => a.text) } : {}),
      ...(dish.requested ? { requested: true } : {}),
      ...(dish.drinkKind ? { drinkKind: dish.drinkKind } : {}),
    },
  };
}

/** Words asking which dishes there are ("anything", "what can I eat", "options"). */
const DISH_REQUEST = /\b(?:anything|something|what|which|options?|dishes|choices?|eat)\b/i;

/**
 * A stated diet or allergy with a request for dishes and no dish named: "anything for someone with
 * celiac", "what can i eat if i'm vegan?".
 */
function asksForDishes(parse: GenerationContext['parse'], text: string): boolean {
  const { diet, allergies } = parse.constraints;
  return (
    (diet !== undefined || allergies.length > 0) &&
    parse.lines.length === 0 &&
    parse.itemRefs.length === 0 &&
    DISH_REQUEST.test(text)
  );
}

/**
 * The allergies of a question about someone of nobody's naming ("anything for people with a nut
 * allergy?"), which constraint-commands.ts does not record: the command asked for carries them.
 */
function unrecordedAllergies(parse: GenerationContext['parse'], text: string): readonly Allergen[] {
  return parse.question !== undefined && asksAllergySuitability(text) ? parse.constraints.allergies : [];
}

/**
 * The one dish named in a question whether it suits an allergy in general (`asksAllergySuitability`),
 * nothing ordered; undefined otherwise.
 */
function suitabilityAsked(g: GenerationContext): string | undefined {
  const { parse, text } = g;
  const ids = [...new Set(parse.itemRefs.map((r) => r.itemId))];
  if (ids.length !== 1 || parse.lines.length > 0 || parse.constraints.allergies.length === 0)
    return undefined;
  return parse.question !== undefined && asksAllergySuitability(text) ? ids[0] : undefined;
}

/**
 * The yes word only opens a question ("ok what's my total so far", "alright, is the soup vegan?"): no
 * yes/no question is pending (or only "anything else?" is), nothing is ordered, and another intent
 * answers it (one that asks for an answer, or any other when a clause asks). Then the question is the message: "what else would you like?" before
 * its answer would say yes to nothing.
 */
function opensQuestion(g: GenerationContext): boolean {
  const pending = g.state.pending;
  if (pending && pending.kind !== 'items') return false;
  if (!g.noOrderWords || g.lineIntent) return false;
  return g.confident.some(
    (i) => ANSWERED_INTENTS.has(i.intent) || (g.parse.question && i.intent !== 'affirm'),
  );
}

/** Intents that ask for an answer (the cart and its total, a dish, the menu, a pick, the venue, the order). */
const ANSWERED_INTENTS = new Set([
  'show_cart',
  'item_info',
  'browse_menu',
  'recommend',
  'faq',
  'order_status',
]);

/**
 * The cart line a pronoun's price question stands for ("how much is that?" right after adding it): the
 * line last added or changed, when it is of the dish in focus and the question names no choice of its
 * own ("how much is it in large?" asks the menu's price). The action checks the line against the cart.
 */
function focusLine(
  g: GenerationContext,
  itemId: string,
  asked: ReturnType<typeof questionOf>,
): { lineId?: string } {
  const lineId = g.state.lastLineId;
  if (asked.topic !== 'price' || (asked.choices?.length ?? 0) > 0 || !lineId) return {};
  return g.state.cartItems.includes(itemId) ? { lineId } : {};
}

/** The message gives a checkout detail other than delivery or pickup (a name, an address, a phone). */
function givesDetails(parse: GenerationContext['parse']): boolean {
  return Object.entries(parse.slots).some(([slot, value]) => value !== undefined && slot !== 'fulfillment');
}

/**
 * A "no" at the order summary that answers something else than "shall I place it?": "no that's all"
 * says there is nothing more to add (the checkout it also reads asks the summary's yes or no again),
 * and "wait add a coke too", "no, make it 3" lead a change (made, then the new summary is asked). Only
 * a plain refusal ("no", "not yet", "no, cancel it") is the summary's no.
 */
function answersAnotherQuestion(g: GenerationContext): boolean {
  if (g.state.pending?.kind !== SUMMARY_QUESTION) return false;
  if (g.noOrderWords && !g.slotGiven) return g.has('checkout');
  // a change said for sure: a counted dish added ("a coke"), a line changed or removed, a detail given
  const counted = g.parse.lines.some((l) => l.action === 'add' && l.quantityExplicit);
  return counted || g.has('order_update') || g.has('order_remove') || g.slotGiven;
}

/** The message is a short question about "it" ("is it spicy?", "how spicy is that?"). */

/**
 * The yes word of a thanks only acknowledges ("ok thanks", "great, cheers" after a dish's description):
 * no yes/no question is pending, or only "anything else?" is and the thanks outranks the yes. Then the
 * thanks is the message, answered once, and the "ok" says yes to nothing ("what would you like?").
 */
function acknowledgesThanks(g: GenerationContext): boolean {
  if (!g.has('thanks') || !g.noOrderWords || g.lineIntent) return false;
  const pending = g.state.pending;
  if (!pending) return true;
  if (pending.kind !== 'items') return false;
  const rank = (intent: string) => g.confident.findIndex((i) => i.intent === intent);
  return rank('thanks') < rank('affirm');
}
/** The message gives a checkout detail (delivery or pickup, address, name, phone, payment method, time). */
function givesCheckoutDetail(slots: GenerationContext['parse']['slots']): boolean {
  return Object.values(slots).some((v) => v !== undefined);
}

/**
 * The thanks rides on a request the message makes of the order: it adds, changes or removes lines
 * ("add fries too thanks", "make it 2 please and thank you"). Then it is courtesy, answered by doing
 * the request, not by "you're welcome". A thanks beside a goodbye still takes its leave.
 */
function closesRequestCourteously(g: GenerationContext): boolean {
  if (g.has('goodbye')) return false;
  return (
    g.lineIntent ||
    g.parse.lines.some((l) => l.action === 'add' || l.action === 'update' || l.action === 'remove')
  );
}

/** `pronounAsked` by message text (a pure reading of the words; messages recur across sessions). */
const PRONOUN_ASKED = new BoundedMemo<boolean>(4_096);
const FOCUS_PRONOUN = new BoundedMemo<boolean>(4_096);

/**
 * The message says "it", "that", "this one" or "that one" of the dish in focus (`PRONOUN`), not counting
 * a relative "that" ("anything that is not spicy": the dishes asked for, not the dish in focus).
 */
function saysFocusPronoun(text: string): boolean {
  const known = FOCUS_PRONOUN.get(text);
  if (known !== undefined) return known;
  let says = PRONOUN.test(text);
  if (says) {
    const tokens = normalize(text).tokens;
    const relative = relativePronouns(tokens);
    says = tokens.some(
      (t, i) =>
        t.norm === 'it' ||
        (t.norm === 'that' && !relative.has(i)) ||
        (t.norm === 'this' && tokens[i + 1]?.norm === 'one'),
    );
  }
  return FOCUS_PRONOUN.set(text, says);
}

function pronounAsked(g: GenerationContext): boolean {
  return PRONOUN_ASKED.get(g.text) ?? PRONOUN_ASKED.set(g.text, asksAboutPronoun(normalize(g.text).tokens));
}

/** The dish waiting on its option question was left out by the answer ("forget the sandwich"). */
/**
 * The lines the previous turn added, when the message only takes back the last request ("never mind",
 * "scratch that": `retractsLastRequest`), even when they are all the cart holds (the add is taken back,
 * the order stays open); empty otherwise (an older add: the order's cancelling is asked).
 */
function retractedLines(g: GenerationContext): string[] {
  const { justAdded, turn } = g.state;
  if (!justAdded || justAdded.turn !== turn - 1 || !retractsLastRequest(g.text)) return [];
  return justAdded.lineIds;
}

function droppedWaitingDish(g: GenerationContext): boolean {
  return g.state.pending?.kind === 'option' && g.answers.commands.some((c) => c.cmd.type === 'deny');
}
