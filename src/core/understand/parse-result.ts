import { z } from 'zod';
import { Allergen, Diet, DietFlag, Qualifier } from '../../domain/menu-schema.ts';
import { MAX_COUNT_SCALE } from './count-multiplier.ts';

/**
 * What understanding produces for one utterance: the output of `maitre parse` (docs/parse-output.md)
 * and the input of the command generator. Rules and (later) the language model both produce this
 * shape; neither touches the cart. Names here are persisted in logs and eval files: rename with care.
 */
export const INTENTS = [
  'greet',
  'goodbye',
  'thanks',
  'chitchat',
  'bot_challenge',
  'capabilities',
  'browse_menu',
  'item_info',
  'recommend',
  'order_add',
  'order_remove',
  'order_update',
  'show_cart',
  'checkout',
  'provide_info',
  'affirm',
  'deny',
  'cancel',
  'repeat',
  'help',
  'human_handoff',
  'faq',
  'order_status',
  'table_booking',
  'out_of_scope',
] as const;
export const Intent = z.enum(INTENTS);
export type Intent = z.infer<typeof Intent>;

export const SLOT_NAMES = ['fulfillment', 'address', 'name', 'phone', 'paymentMethod'] as const;
export const SlotName = z.enum(SLOT_NAMES);
export type SlotName = z.infer<typeof SlotName>;

export const ParsedOption = z.object({
  group: z.string(),
  choice: z.string(),
  choiceName: z.string(),
  quantity: z.number().int().min(1),
  qualifier: Qualifier.optional(),
});
export type ParsedOption = z.infer<typeof ParsedOption>;

/** A removed default or negated option; `qualifier` set: only that qualifier is taken back ("no extra cheese"). */
export const ParsedWithout = z.object({
  group: z.string(),
  choice: z.string(),
  choiceName: z.string(),
  qualifier: Qualifier.optional(),
});
export type ParsedWithout = z.infer<typeof ParsedWithout>;

/** What the customer wants done with a line: `update` edits an item already in the cart ("make the biryani extra spicy"), `replace` swaps the last item ("I meant pepsi"). */
export const LineAction = z.enum(['add', 'update', 'remove', 'replace']);
export type LineAction = z.infer<typeof LineAction>;

export const ParsedLine = z.object({
  itemId: z.string(),
  name: z.string(),
  /** As said: 0 or negative when the customer wrote so ("0 samosas", "-3 ..."); the engine refuses those. */
  quantity: z.number().int(),
  /** true when the customer said no number ("a coke" is explicit: 1; "coke" is implicit). */
  quantityExplicit: z.boolean(),
  /** A count was said but not as a number ("some samosas", "a few cokes"): ask how many. Added in issue 7. */
  quantityUnknown: z.literal(true).optional(),
  /** "another coke", "two more cokes": raise the cart line of that item rather than start a new one. Added in issue 7. */
  more: z.literal(true).optional(),
  /** A preparation request for this line that is no menu option ("well done", "cut in squares"): its kitchen note. */
  note: z.string().max(120).optional(),
  options: z.array(ParsedOption),
  /**
   * Default choices removed or options negated: "no onions", "hold the cheese". With `qualifier` only the
   * qualifier is taken back and the choice stays: "no extra cheese" → `{ choice: mozzarella, qualifier: extra }`.
   */
  without: z.array(ParsedWithout),
  /** "… for me" / "… for my son": whom the dish is for, when said after it (constraint-owner.ts lineBeneficiary). */
  forWhom: z.enum(['self', 'other']).optional(),
  /** "a vegan muffin", "a gluten free croissant": the diet and allergens said right before the dish (dish-fits.ts). */
  fits: z.object({ diet: Diet.optional(), allergies: z.array(Allergen) }).optional(),
  /** Option words said near this item that its option groups cannot take. */
  unresolved: z.array(z.string()),
  /**
   * Option groups of this item named by a word of the group, not one of its choices ("a hamburger with
   * cheese": the Add Cheese group): to be asked with their choices, never dropped.
   */
  ask: z.array(z.string()).optional(),
  /** Character offsets of the item mention in the normalized text. */
  span: z.tuple([z.number().int(), z.number().int()]),
  /** Added after the first version: defaults to `add` when absent. */
  action: LineAction.optional(),
  /** With `replace`: the item whose cart line this one takes ("replace the samosa with an onion bhaji"). */
  replaces: z.string().optional(),
});
export type ParsedLine = z.infer<typeof ParsedLine>;

/** Why an intent was given: the row of the intent table (intent-rules.ts) and its reason. */
export const IntentReason = z.object({ intent: Intent, rule: z.string(), because: z.string() });
export type IntentReason = z.infer<typeof IntentReason>;

/** The trace of a reading: one reason per intent (same order as `intents`) and the scope classifier's class. */
export const ParseWhy = z.object({
  intents: z.array(IntentReason),
  scope: z.object({ class: z.string(), score: z.number().min(0).max(1) }),
});
export type ParseWhy = z.infer<typeof ParseWhy>;

export const Suggestion = z.object({ id: z.string(), name: z.string(), score: z.number() });

/** What an item question asks about (issue 8): one topic, answered from the backend's menu. */
export const ITEM_TOPICS = [
  'options',
  'diet',
  'allergens',
  'spice',
  'price',
  'ingredients',
  'overview',
] as const;
export const ItemTopic = z.enum(ITEM_TOPICS);
export type ItemTopic = z.infer<typeof ItemTopic>;

/**
 * The reading of an item question (issue 8): its topic, the option group asked about ("which crusts" →
 * `crust`, the group of the item asked about when several share the word), the choices said with the item
 * ("a large pepperoni" → `[large]`, "the gluten-free crust" alone → that choice), the diet, allergens or
 * diet flag asked about ("is it vegan", "does it have nuts", "is it halal"). Choices are choice ids of
 * `group` or of the item's groups.
 */
export const ItemQuestion = z.object({
  topic: ItemTopic,
  group: z.string().optional(),
  choices: z.array(z.string()).optional(),
  diet: Diet.optional(),
  allergens: z.array(Allergen).optional(),
  flag: DietFlag.optional(),
  /** The choices are asked about by their measure ("how big is the large"): said, not offered (choice-measure.ts). */
  measure: z.literal(true).optional(),
  /** The thing the dish in focus is asked to hold, as said ("does it have cheese": "cheese"; focus-held-question.ts). */
  ingredient: z.string().optional(),
  /** Whether the choices exist at all is asked ("do you have almond milk"; choice-availability.ts). */
  available: z.literal(true).optional(),
  /** The choice asked about as said when the group has none of that name ("hemp milk"). */
  heard: z.string().optional(),
});
export type ItemQuestion = z.infer<typeof ItemQuestion>;

export const ParseResult = z.object({
  text: z.string(),
  normalized: z.string(),
  /** Sorted by confidence, highest first; the first is the primary intent. Several when one message asks several things. */
  intents: z.array(z.object({ intent: Intent, confidence: z.number().min(0).max(1) })).min(1),
  /** Items to add, remove or change, each with its options attached. */
  lines: z.array(ParsedLine),
  /** Menu items mentioned without order intent (item_info, remove targets). */
  itemRefs: z.array(z.object({ itemId: z.string(), name: z.string() })),
  /** Browse filters and standing constraints ("I'm vegan", "nut allergy"). */
  filters: z.object({
    diet: Diet.optional(),
    category: z.string().optional(),
    allergenFree: z.array(Allergen),
    /**
     * The dishes *with* these allergens are asked for ("which dishes have sesame?", "nut allergy, what
     * should we avoid?"). Added in issue 8.
     */
    allergenIn: z.array(Allergen).optional(),
    maxSpice: z.number().int().optional(),
    /**
     * "something for someone who doesn't like coffee", "what's good without mushrooms": words (singular,
     * lowercase) of what the dishes asked for must not hold in their name, description, ingredients,
     * tags or category.
     */
    withoutIngredients: z.array(z.string()).optional(),
    /**
     * "what sandwiches do you have": the items a browse by a plural noun lists (every item whose name,
     * aliases or category hold the noun, across categories), with the noun as said.
     */
    items: z.array(z.string()).optional(),
    noun: z.string().optional(),
  }),
  /** Customer states a standing constraint about themselves ("I'm vegan", "I have a nut allergy"). */
  constraints: z.object({ diet: Diet.optional(), allergies: z.array(Allergen) }),
  /**
   * Diet and allergies said about someone else the customer orders for ("my mum is vegetarian"): a
   * constraint on that person's dish, not the customer's own. `person` is as said ("my mum", "she").
   * Added after the first version.
   */
  guestConstraints: z
    .array(z.object({ person: z.string(), diet: Diet.optional(), allergies: z.array(Allergen) }))
    .optional(),
  mood: z.string().optional(),
  /** Checkout slot values found in the text. */
  slots: z.object({
    fulfillment: z.enum(['delivery', 'pickup']).optional(),
    address: z.string().optional(),
    name: z.string().optional(),
    phone: z.string().optional(),
    paymentMethod: z.enum(['card', 'cash', 'upi', 'wallet']).optional(),
    /** The time the order is wanted for, a canonical value of `readRequestedTime` ("asap", "+45", "19:30", "7:30?"). */
    when: z.string().optional(),
  }),
  /**
   * A checkout detail the customer asks to change without its new value ("hmm change the address",
   * "wrong number"): the dialog asks it again (`reopenedSlot`). Added in the checkout trial.
   */
  reopen: SlotName.optional(),
  /** A bare quantity for a correction ("actually make that two"). */
  quantity: z.number().int().optional(),
  /** The bare quantity adds to the item in focus ("one more please", "two more"). Added in issue 7. */
  more: z.literal(true).optional(),
  /**
   * A count set on the dish in focus, said before the other dishes the message orders ("make that 3 and
   * a chocolate milk", "actually two of those, and a water"): the cart's line last touched gets it.
   */
  focusCount: z.number().int().min(1).optional(),
  /**
   * "double it", "triple that", "twice as many": the count of the dish in focus (the dish waiting on its
   * question, else the cart line last touched) is multiplied by this factor (count-multiplier.ts).
   */
  scale: z.number().int().min(2).max(MAX_COUNT_SCALE).optional(),
  /** Words that looked like a menu item but matched nothing well, with the closest menu names. */
  unresolved: z.array(
    z.object({
      text: z.string(),
      suggestions: z.array(Suggestion),
      /** Choice ids said with the mention ("a side of ranch"): the dish picked takes them. */
      choices: z.array(z.string()).optional(),
      /**
       * A word of the engine's general food list ("lasagna"): a dish asked for even when no menu dish is
       * near it (then no suggestion is made). Added with the similarity gate on suggestions.
       */
      food: z.literal(true).optional(),
      /** The dishes a part of their names and a kind noun both name ("an italian sub"): which is asked. */
      which: z.literal(true).optional(),
      /**
       * Where the mention stands in the message as written, [start, end) character offsets, option words
       * said with it included ("large chicken lasagna"). Set by the rule reading for `food` mentions; a
       * model's reading has none. Added so answers to a pending question blank those words exactly.
       */
      span: z.tuple([z.number().int().min(0), z.number().int().min(0)]).optional(),
      /**
       * A kind of drink the menu does not serve, named beside dishes ordered ("a cheeseburger and a beer"):
       * `suggestions` are the menu's drinks. Added with the drinks offer beside an order.
       */
      drinkKind: z.enum(['beer', 'wine', 'cocktails', 'alcohol']).optional(),
    }),
  ),
  /**
   * Dishes the menu does not have, named in a question about the venue ("do you have biryani?" at a
   * pizzeria): words of the engine's general food list, with the nearest menu dishes. The venue's documents
   * decide: a passage naming the word answers, else "we don't have that". Added in issue 8 (second pass).
   */
  absentDishes: z
    .array(
      z.object({
        text: z.string(),
        suggestions: z.array(Suggestion),
        /** Asked for with an order verb ("can I get a glass of milk"), not asked about. */
        requested: z.boolean().optional(),
        /** A kind of drink the menu does not serve ("on tap": beer); `suggestions` are the menu's drinks. */
        drinkKind: z.enum(['beer', 'wine', 'cocktails', 'alcohol']).optional(),
      }),
    )
    .optional(),
  /** Options said with no item to attach to ("make it large", "no onions" alone): for the item in focus. Added after the first version. */
  freeOptions: z.array(ParsedOption).optional(),
  freeWithout: z.array(ParsedWithout).optional(),
  /**
   * "change the crust", "different sauce please": option groups of cart dishes to ask again (their ids;
   * several dishes may hold a group of that name), and the cart dish named with them, if one.
   */
  reask: z
    .object({
      groups: z.array(z.string()).min(1),
      itemId: z.string().optional(),
      /** Some choices of a group of several picks, named by the word they share ("different sauce"). */
      choices: z.array(z.string()).min(2).optional(),
    })
    .optional(),
  /** A preparation request said with no dish ("well done please" after a line): the note of the line in focus. */
  note: z.string().max(120).optional(),
  /**
   * A preparation request of a dish's part said with no dish to take it ("toast the bun" with nothing in
   * the cart): the request, so the customer is asked which dish it is for (`part-preparation.ts`).
   */
  noteWithoutDish: z.string().max(120).optional(),
  /** With an item_info intent: what the question asks about (added in issue 8). */
  itemQuestion: ItemQuestion.optional(),
  /**
   * The words of the message that ask a question and hold no order line, as typed ("what time do you
   * close tonight?" of "add a 2 liter coke and what time do you close tonight?"). Absent when no clause
   * asks. Added in issue 8: what a knowledge question searches for.
   */
  question: z.string().optional(),
  /** The message complains about an order received ("you forgot my garlic knots"). Added in issue 8. */
  complaint: z.literal(true).optional(),
  /** Impatience or frustration with the conversation ("this is taking so long"): an apology is due. Issue 7. */
  frustrated: z.literal(true).optional(),
  /** The message only asks for time to decide ("let me think", "give me a minute"): deliberation-cues.ts. */
  asksForTime: z.literal(true).optional(),
  /** Asks why the detail the bot asked for is needed ("why do you need my name?"). Issue 7. */
  whyAsked: z.literal(true).optional(),
  /**
   * The message asks what the kitchen can do rather than ordering: a dish made to fit a diet ("can you
   * make the chana masala jain?") or an ingredient swapped with nothing in the cart ("can I swap the
   * cheese for vegan cheese?"). Answered from the documents. Added in issue 8.
   */
  possibility: z.enum(['diet', 'swap']).optional(),
  /** Why the message got its intents (added in issue 7): for people reading `maitre parse`, not for code. */
  why: ParseWhy.optional(),
});
export type ParseResult = z.infer<typeof ParseResult>;

/** What the dialog knows when parsing: lets "John" be read as a name when the name was asked for. */
export interface ParseContext {
  expecting?: SlotName | 'when' | { group: string; itemId: string } | 'confirmation';
  /** Item ids in the cart (added after the first version): resolves "the pizza" and "make the biryani spicy". */
  cart?: readonly string[];
  /**
   * The gates cart lines hold, as `itemId/group/choice` (`SessionState.cartGates`): a choice of a group
   * offered only with another group's choice (a combo's drink) goes on a cart dish only when its line
   * holds that choice or the message says it.
   */
  cartGates?: readonly string[];
  /**
   * Checkout details still missing while no question is pending (flow order): a bare answer in that
   * detail's shape ("12 Elm Street", "Sam Jones") fills the first it fits when the message reads as
   * nothing else.
   */
  missing?: readonly SlotName[];
}
