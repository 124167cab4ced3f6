import { z } from 'zod';
import { Allergen, Diet, DietFlag } from '../../domain/menu-schema.ts';
import { MAX_REASK_CHOICES } from '../understand/cart-group-reask.ts';
import { MAX_COUNT_SCALE } from '../understand/count-multiplier.ts';
import { ItemTopic } from '../understand/parse-result.ts';

const OptionPick = z.object({
  group: z.string(),
  choice: z.string(),
  quantity: z.number().int().min(1).default(1),
  qualifier: z.enum(['light', 'extra']).optional(),
});
/** A removed default; with `qualifier` only that qualifier is taken back ("no extra cheese" keeps the cheese). */
const Without = z.object({
  group: z.string(),
  choice: z.string(),
  qualifier: z.enum(['light', 'extra']).optional(),
});
/**
 * Which cart line(s) a change or removal means when the customer points at a line rather than an item:
 * by an option it carries ("the mushroom one", "the large one"), by position ("the second pizza"), one
 * unit of a line ("one of them"), every matching line ("both"), or a line picked from a list the bot
 * offered (`lineId`). Resolved against the cart by the engine (actions/resolve-line-ref.ts). Added in issue 7.
 */
export const LineRef = z.object({
  /** Option choice ids the line must carry. */
  has: z.array(z.string()).default([]),
  /** 1-based position among the matching units, in cart order; -1 the last. */
  ordinal: z.number().int().min(-1).max(50).optional(),
  /** "one of them": one unit is split off the line and changed alone. */
  one: z.literal(true).optional(),
  /** "both", "all of them", "each": every matching line. */
  all: z.literal(true).optional(),
  lineId: z.string().optional(),
});
export type LineRef = z.infer<typeof LineRef>;

/**
 * Checkout slots a command may set. `when` takes a canonical requested time (`asap`, `+45` minutes,
 * `19:30`, `7:30?` without am or pm, each clock form after `tomorrow `: understand/requested-time.ts).
 */
export const COMMAND_SLOTS = [
  'fulfillment',
  'address',
  'name',
  'phone',
  'paymentMethod',
  'notes',
  'when',
] as const;
export const CommandSlot = z.enum(COMMAND_SLOTS);
export type CommandSlot = z.infer<typeof CommandSlot>;

/** Take a dish (or some of it) out of the cart. */
const RemoveItem = z.object({
  type: z.literal('remove_item'),
  itemId: z.string().optional(),
  /** When no item is named: the last line touched. */
  target: z.enum(['named', 'last']).default('named'),
  /** "remove the pizza": the line (or pending item) of that category. */
  category: z.string().optional(),
  /** "one less coke": take this many off instead of removing the line. */
  quantity: z.number().int().min(1).optional(),
  /** "remove the mushroom one", "remove the second pizza": which line (added in issue 7). */
  line: LineRef.optional(),
});

/** Change a dish already in the cart. */
const UpdateItem = z.object({
  type: z.literal('update_item'),
  /** The cart item to change; absent means the line last touched, or the line in `category`. */
  itemId: z.string().optional(),
  category: z.string().optional(),
  quantity: z.number().int().min(1).optional(),
  /** "double it", "triple that": the line's count multiplied by this (within the caps), unless `quantity`. */
  scale: z.number().int().min(2).max(MAX_COUNT_SCALE).optional(),
  options: z.array(OptionPick).optional(),
  without: z.array(Without).optional(),
  /** "I meant pepsi": swap the line's item, keeping its quantity. */
  replaceWith: z.string().optional(),
  /** "make one of them thin crust", "change the large one to medium": which line (added in issue 7). */
  line: LineRef.optional(),
  /** A preparation request for the line ("make the samosas extra crispy"): replaces its kitchen note. */
  note: z.string().min(1).max(120).optional(),
  /**
   * "make it iced": a modifier word (folded) the line becomes: the menu item that is the line's dish
   * with that modifier (Iced Latte), else the line's option of that name, else the bot says neither exists.
   */
  variant: z.string().min(1).max(60).optional(),
  /** Option words said for the line that none of its groups take ("no onions on the naan"): said back, never dropped. */
  notTaken: z.array(z.string().min(1).max(80)).max(8).optional(),
  /**
   * No dish was said: understanding took `itemId` as the one cart dish taking the options ("on corn
   * tortillas pls"), so the line just ordered may be the one meant (not any line of that dish).
   */
  unnamed: z.literal(true).optional(),
  /**
   * "change the crust", "can I change the size": option groups (ids) to ask again for the line that takes
   * one (the line pointed at, or the one cart line holding such a group; several: which one is asked).
   */
  reask: z.array(z.string()).min(1).max(8).optional(),
  /**
   * "different sauce please" where the sauces are some of a group of several picks (the Toppings): the
   * choices (ids) of that group to offer again, the line's other picks of the group kept.
   */
  reaskChoices: z.array(z.string()).min(2).max(MAX_REASK_CHOICES).optional(),
});

/**
 * The closed command language: understanding (rules or a model) proposes these, the dialog engine
 * validates and executes them in order. Names are persisted in logs: pinned by command.test.ts.
 */
export const Command = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('add_item'),
    itemId: z.string(),
    quantity: z.number().int().min(1),
    options: z.array(OptionPick).default([]),
    without: z.array(Without).default([]),
    /** "another coke", "two more": raise the cart line of this item by `quantity` instead of a new line. */
    more: z.literal(true).optional(),
    /**
     * "a 2nd latte, same but with almond milk": made as the cart's line of this item, but for the options
     * said (a single-choice group said replaces that line's choice, a multi-choice group adds to it).
     */
    same: z.literal(true).optional(),
    /** "some samosas": a count was said but not a number; ask how many before adding. */
    quantityUnknown: z
      .literal(true)
      .optional() /** "half pepperoni, half mushroom": halves were asked for, which the menu cannot express (issue 7). */,
    halves: z.literal(true).optional(),
    /** A preparation request that is no menu option ("well done"): the line's kitchen note, plain text. */
    note: z.string().min(1).max(120).optional(),
    /** "… for me" / "… for my son": whose diet and allergies the dish is checked against, when said. */
    forWhom: z.enum(['self', 'other']).optional(),
    /** "a vegan muffin", "a gluten free croissant": a diet and allergens this dish must fit, checked as a stated diet is. */
    fits: z.object({ diet: Diet.optional(), allergies: z.array(Allergen).default([]) }).optional(),
    /**
     * Option words said with the dish that none of its groups take ("a parfait with oat milk"): the dish
     * is added without them and the customer is told, never silently dropped.
     */
    notTaken: z.array(z.string().min(1).max(80)).max(8).optional(),
    /**
     * Option groups (ids) of the dish named by a word of the group, not a choice ("a hamburger with
     * cheese"): asked with their choices before the line is added, never dropped nor refused.
     */
    ask: z.array(z.string()).min(1).max(8).optional(),
    /**
     * A bare repeat of a count of a dish ("2 cokes", no "more", "another", "add" or "in total"): when the
     * cart already holds exactly that many of it, the customer is asked "2 in total or 2 more?"
     * (`more_or_total`) instead of a guess.
     */
    repeat: z.literal(true).optional(),
  }),
  RemoveItem,
  UpdateItem,
  /** Values are checked per slot by the engine (venue payment methods, phone format, ...). */
  z.object({ type: z.literal('set_slot'), slot: CommandSlot, value: z.string().min(1).max(300) }),
  z.object({ type: z.literal('correct_slot'), slot: CommandSlot, value: z.string().min(1).max(300) }),
  z.object({
    type: z.literal('set_constraint'),
    diet: Diet.optional(),
    allergies: z.array(Allergen).default([]),
    /** Someone else the customer orders for ("my mum"): constrains that person's dish, not the customer's. */
    person: z.string().min(1).max(60).optional(),
  }),
  z.object({
    type: z.literal('choose_option'),
    group: z.string(),
    choice: z.string(),
    /** Other options said in the same answer ("large, thin crust"), for the same item. */
    also: z.array(OptionPick).optional(),
    /** Removals said in the same answer ("large, no onions"). */
    without: z.array(Without).optional(),
    /** A preparation request said in the same answer ("large, well done"): the line's kitchen note. */
    note: z.string().min(1).max(120).optional(),
    /** A count said with a one-of choice ("2 large" at the size question): how many of the dish. */
    quantity: z.number().int().min(1).optional(),
    /** "you pick" at the question: the bot chose (the group's default, else its first choice) and says which. */
    forYou: z.literal(true).optional(),
    /** "both 12 inch": the dishes queued behind with the same question take the same answer. */
    alikeToo: z.literal(true).optional(),
  }),
  z.object({
    type: z.literal('choose'),
    itemId: z.string(),
    /** The cart line picked when the bot listed lines ("which one: … or …?"). Added in issue 7. */
    lineId: z.string().optional(),
    /** "both", "all of them": every offered choice takes the change. Added in issue 7. */
    all: z.literal(true).optional(),
    /**
     * What the answer said beside a dish offered from the menu ("a large pepperoni with extra cheese"
     * at "which one: pepperoni, cheese …?"): its options, removals, kitchen note and count. A count of
     * two or more replaces the one the question carried.
     */
    options: z.array(OptionPick).optional(),
    without: z.array(Without).optional(),
    note: z.string().min(1).max(120).optional(),
    quantity: z.number().int().min(1).optional(),
  }),
  /**
   * "the cheaper one" of a card shown lately, "i'll take the cheapest pizza", "your biggest burrito": the
   * dish at one end of `items` by `by` (a price the backend gives, or a measure in the dish's name),
   * ordered (`quantity`), or described when `asked` ("which is the cheaper one?"); dishes tied for it
   * are asked between. `noun`: the kind as said ("pizza"), for the reply. Added for list attribute picks.
   */
  z.object({
    type: z.literal('pick_ranked'),
    items: z.array(z.string()).min(1).max(60),
    by: z.enum(['price_low', 'price_high', 'size_high', 'size_low']),
    quantity: z.number().int().min(1).default(1),
    asked: z.literal(true).optional(),
    noun: z.string().max(60).optional(),
  }),
  z.object({ type: z.literal('start_flow'), flow: z.enum(['checkout']) }),
  z.object({ type: z.literal('cancel_flow') }),
  z.object({
    type: z.literal('ask_knowledge'),
    question: z.string(),
    /** Search the venue's documents only: a complaint about a dish asks for the policy, not the dish. */
    documentsOnly: z.boolean().optional(),
    /**
     * A dish the menu does not have, asked about ("do you have biryani?"), with the nearest menu dishes:
     * answered "we don't have that" unless a passage of the documents names it. Added in issue 8.
     * `requested`: asked for with an order verb ("can I get a glass of milk"), so no passage answers it.
     */
    absent: z
      .object({
        heard: z.string(),
        choices: z.array(z.object({ id: z.string(), name: z.string() })),
        requested: z.boolean().optional(),
        /** More dishes the menu lacks named in the same question, told with `heard` in one sentence. */
        alsoHeard: z.array(z.string()).optional(),
        /** A kind of drink the menu does not serve ("what beers do you have"): "we don't serve beer". */
        drinkKind: z.enum(['beer', 'wine', 'cocktails', 'alcohol']).optional(),
      })
      .optional(),
  }),
  z.object({
    type: z.literal('recommend'),
    mood: z.string().optional(),
    diet: Diet.optional(),
    /** A menu category said with the request ("something vegan for dessert?"): the pick is one of it. */
    category: z.string().optional(),
    /** The hottest spice level the customer accepts ("not too spicy" → 1). */
    maxSpice: z.number().int().min(0).max(4).optional(),
    /** Allergens said with the request ("something that doesn't have gluten?"): the pick holds none. */
    allergenFree: z.array(Allergen).optional(),
    /**
     * What the customer would rather not have ("for someone who doesn't like coffee" → ["coffee"]):
     * the pick names none of these words in its name, description, ingredients, tags or category.
     */
    withoutIngredients: z.array(z.string().max(40)).max(8).optional(),
    /** Items already offered, not to offer again. */
    exclude: z.array(z.string()).default([]),
  }),
  z.object({
    type: z.literal('browse'),
    diet: Diet.optional(),
    /** As recommend's: the dishes listed name none of these words ("what's good without mushrooms"). */
    withoutIngredients: z.array(z.string().max(40)).max(8).optional(),
    category: z.string().optional(),
    allergenFree: z.array(Allergen).default([]),
    /** The hottest spice level to list ("anything not too spicy?" → 1). */
    maxSpice: z.number().int().min(0).max(4).optional(),
    /** Only the dishes holding one of these ("which dishes have sesame?"). Added in issue 8. */
    allergenIn: z.array(Allergen).optional(),
    /** "what sandwiches do you have": these items only (a plural noun's, across categories), titled by `noun`. */
    items: z.array(z.string()).optional(),
    noun: z.string().max(60).optional(),
  }),
  /**
   * A question about one item, or about option choices alone ("is the gluten-free crust vegan?": no
   * itemId). `topic` absent: the overview. `group`: the option group asked about ("which crusts"),
   * matched to the item's group of the same name when the item has another id for it. `choices`: choice
   * ids said with the item ("a large pepperoni" → large) or asked about. `diet`, `allergens`, `flag`: what
   * "is it vegan / does it have nuts / is it halal" asks. Added in issue 8 (all but itemId optional).
   * `lineId`: the cart line "it" stands for ("how much is that" right after adding it): a price question
   * is answered with that line's price, its options and count included.
   */
  z.object({
    type: z.literal('item_info'),
    itemId: z.string().optional(),
    lineId: z.string().optional(),
    topic: ItemTopic.optional(),
    group: z.string().optional(),
    choices: z.array(z.string()).optional(),
    diet: Diet.optional(),
    allergens: z.array(Allergen).optional(),
    flag: DietFlag.optional(),
    /** "how big is the large": the choices' measures are asked, not whether the dish takes them. */
    measure: z.literal(true).optional(),
    /** "does it have cheese": whether the dish holds the thing said (an ingredient, a standard choice). */
    ingredient: z.string().optional(),
    /** "do you have almond milk": whether the choices exist, and which dishes take them. */
    available: z.literal(true).optional(),
    /** The absent choice as said ("hemp milk"), of `group`. */
    heard: z.string().optional(),
  }),
  z.object({ type: z.literal('confirm') }),
  /** `alternative`: "something else": a no that asks for another suggestion. */
  z.object({ type: z.literal('deny'), alternative: z.boolean().default(false) }),
  z.object({
    type: z.literal('clarify'),
    /**
     * `ambiguous`: a word several menu items share ("a biryani"); `unknown_item`: nothing matched well;
     * `invalid_quantity`: a count below 1 ("add 0 samosa", "-3 paneer tikka"), `heard` names the item.
     */
    reason: z.enum([
      'unknown_item',
      'ambiguous',
      'low_confidence',
      'not_understood',
      'invalid_quantity',
      /** "a 2nd one same but with almond milk" with no dish talked about: which dish to copy. */
      'no_dish_to_copy',
      /** "toast the bun" with no dish that has one: which dish the kitchen note (`heard`) is for. */
      'no_dish_for_note',
      /** "the vegan one" when no dish of the card shown lately is: none of those is `heard`; the card stays. */
      'none_listed',
    ]),
    heard: z.string().optional(),
    /** More dishes the menu lacks said in the same message, told with `heard` in one sentence. */
    alsoHeard: z.array(z.string()).optional(),
    /** `heard` is a kind of drink the menu does not serve ("beer"): said so, `choices` its drinks offered. */
    drinkKind: z.enum(['beer', 'wine', 'cocktails', 'alcohol']).optional(),
    choices: z.array(z.object({ id: z.string(), name: z.string() })).default([]),
    quantity: z.number().int().min(1).optional(),
    /** Choice ids the dish picked takes ("a side of ranch": the side chosen comes with ranch). */
    withChoices: z.array(z.string()).optional(),
    /**
     * "remove the dal" with two dals in the cart: the removal or change the question is about; the
     * answer ("the makhani one") takes it, never an addition of the dish chosen.
     */
    edit: z.union([RemoveItem, UpdateItem]).optional(),
  }),
  z.object({ type: z.literal('handoff'), reason: z.string() }),
  z.object({
    type: z.literal('chitchat'),
    kind: z.enum([
      'greet',
      'goodbye',
      'thanks',
      'bot_challenge',
      'capabilities',
      'help',
      'smalltalk',
      /** Impatience or frustration with the conversation: an apology, then the pending question. */
      'apology',
      /** Asks for time to decide ("let me think"): take your time; nothing is asked. */
      'take_your_time',
      /** Asks why the detail asked for is needed: what it is for, then the question again. */
      'why_asked',
      /** Asks for a table: not offered; the reply says so and offers the team. */
      'table_booking',
      'out_of_scope',
    ]),
    /**
     * With `out_of_scope`: nothing was understood, but nor was the message read as another domain's
     * request (the scope classifier's veto): the venue's knowledge may answer it at the question's
     * threshold rather than the stricter rescue one. Added in issue 8.
     */
    unplaced: z.literal(true).optional(),
  }),
  z.object({ type: z.literal('show_cart') }),
  /**
   * Asks a checkout detail again, its value kept until a new one is given ("hmm change the address" at
   * the summary). Added in the checkout trial.
   */
  z.object({ type: z.literal('reopen_slot'), slot: CommandSlot }),
  z.object({ type: z.literal('repeat') }),
  /**
   * Skips the question asked; with `slot`, declines that optional checkout detail by name ("no notes"
   * while a dish waits on its option): the order's step is skipped and the dish keeps waiting. `slot`
   * added in issue 7.
   */
  z.object({ type: z.literal('skip'), slot: z.literal('notes').optional() }),
  z.object({ type: z.literal('order_status') }),
  /** The answer to "how many?" for the line waiting on its quantity. */
  z.object({ type: z.literal('set_quantity'), quantity: z.number().int().min(1) }),
  /**
   * A change of the dish still waiting on its option question (`group`), said instead of the answer
   * ("no onions" while the size is asked): it goes on that dish and the question is asked again. Added
   * in issue 7 (trial 2).
   */
  z.object({
    type: z.literal('amend_pending'),
    group: z.string(),
    without: z.array(Without).default([]),
    /** Other options said for it ("no onions and make it extra hot"): a one-of group's choice replaces. */
    options: z.array(OptionPick).default([]),
    /** A preparation request for the waiting dish ("well done please" while its size is asked). */
    note: z.string().min(1).max(120).optional(),
    /** A new count for the waiting dish ("no wait make it 2" while its size is asked). */
    quantity: z.number().int().min(1).optional(),
    /** "double it", "triple that": the waiting dish's count multiplied by this (within the caps). */
    scale: z.number().int().min(2).max(MAX_COUNT_SCALE).optional(),
    /**
     * The words of a choice `group` does not offer, said as the answer ("brown rice" at "Mexican or
     * cilantro lime rice?"): said back with the choices, the question stays open.
     */
    notOffered: z.string().min(1).max(80).optional(),
    /**
     * The two choices nearest a measure said that none states ("30%" at 25% or 50%): singled out when
     * the question is said back.
     */
    nearest: z.array(z.string()).length(2).optional(),
    /**
     * An answer pointing at the choices by a place or property that fits several or none ("the
     * cheapest" of two at one price, "the vegan one" of meats): said with why, the question stays open.
     * `fits`: the choice ids that have it; `unrated`: the choices do not say that property.
     */
    pointed: z
      .object({
        heard: z.string().min(1).max(80),
        fits: z.array(z.string()),
        unrated: z.boolean().optional(),
      })
      .optional(),
  }),
]);
export type Command = z.infer<typeof Command>;
export type CommandInput = z.input<typeof Command>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/** Every command type, in a stable order (pinned by a test). */
export const COMMAND_TYPES = Command.options.map((o) => o.shape.type.value) as CommandType[];

/** Commands this process parsed with `Command` itself (`checkedCommand`): not parsed again downstream. */
const CHECKED = new WeakSet<object>();

/**
 * `value` parsed with the closed language's schema (defaults filled, unknown keys dropped), or
 * undefined when it is not a valid command. The result is remembered as checked (`isCheckedCommand`),
 * so the command processor does not parse the rule generator's commands a second time (parsing a parsed
 * command gives the same command).
 */
export function checkedCommand(value: unknown): Command | undefined {
  const parsed = Command.safeParse(value);
  if (!parsed.success) return undefined;
  CHECKED.add(parsed.data);
  return parsed.data;
}

/** True for a command `checkedCommand` returned (and so already valid): any other value is not trusted. */
export function isCheckedCommand(value: unknown): value is Command {
  return typeof value === 'object' && value !== null && CHECKED.has(value);
}
