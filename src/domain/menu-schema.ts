import { z } from 'zod';
import { menuCrossReferences } from './menu-cross-references.ts';
import {
  checkHoursOverlap,
  DeliveryZone,
  OpeningHours,
  PaymentFacts,
  SpecialHours,
} from './venue-facts-schema.ts';

/**
 * The venue menu format (`restaurants/<venue>/menu.json`). Exported as JSON Schema to
 * docs/menu.schema.json (`npm run menu-schema`) and explained in docs/menu-format.md.
 * Every amount of money is an integer in minor units (cents, paise) of `venue.currency`.
 */

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single dashes');

const phrase = z.string().trim().min(1).max(120);

/** Integer minor units (e.g. 1299 = 12.99). Never a float. */
export const MinorUnits = z.number().int().min(0).max(100_000_000);
/** A signed amount in minor units, for option price deltas (a smaller size may cost less). */
export const SignedMinorUnits = z.number().int().min(-100_000_000).max(100_000_000);

export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD or INR');

export const Money = z.strictObject({ amount: MinorUnits, currency: CurrencyCode });
export type Money = z.infer<typeof Money>;

/** The 14 allergens the EU requires restaurants to declare (Regulation 1169/2011, Annex II). */
export const ALLERGENS = [
  'celery',
  'gluten',
  'crustaceans',
  'eggs',
  'fish',
  'lupin',
  'milk',
  'molluscs',
  'mustard',
  'tree-nuts',
  'peanuts',
  'sesame',
  'soy',
  'sulphites',
] as const;
export const Allergen = z.enum(ALLERGENS);
export type Allergen = z.infer<typeof Allergen>;

/** vegan ⊂ vegetarian; everything else is non-vegetarian. */
export const DIETS = ['vegan', 'vegetarian', 'non-vegetarian'] as const;
export const Diet = z.enum(DIETS);
export type Diet = z.infer<typeof Diet>;

export const DIET_FLAGS = [
  'gluten-free',
  'dairy-free',
  'nut-free',
  'halal',
  'jain',
  'kosher',
  'egg-free',
] as const;
export const DietFlag = z.enum(DIET_FLAGS);
export type DietFlag = z.infer<typeof DietFlag>;

export const QUALIFIERS = ['light', 'extra'] as const;
export const Qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof Qualifier>;

export const Choice = z.strictObject({
  id,
  name: phrase,
  /** Other ways customers say it: synonyms, plurals, common misspellings. */
  aliases: z.array(phrase).default([]),
  /** Added to the item price per unit of the choice; may be negative (a smaller size). */
  priceDelta: SignedMinorUnits.default(0),
  /** Included by default: the customer may remove it ("no onions") at no refund. */
  default: z.boolean().default(false),
  /** How many times the choice may be taken on one item ("two extra shots"). */
  maxQuantity: z.number().int().min(1).max(20).default(1),
  /** Price of the `extra` qualifier, when the group allows qualifiers. Defaults to priceDelta. */
  extraPriceDelta: SignedMinorUnits.optional(),
  /** The choice makes the item non-vegan or non-vegetarian (a meat topping, a cheese). */
  diet: Diet.optional(),
  allergens: z.array(Allergen).default([]),
  available: z.boolean().default(true),
});
export type Choice = z.infer<typeof Choice>;

export const OptionGroup = z
  .strictObject({
    id,
    name: phrase,
    aliases: z.array(phrase).default([]),
    /** `single`: one choice (size, crust). `multiple`: several (toppings, add-ons). */
    selection: z.enum(['single', 'multiple']),
    /** Fewest choices the customer must pick; 1 or more makes the group required ("which size?"). */
    min: z.number().int().min(0).max(50).default(0),
    /** Most choices (counting a choice taken twice as two). */
    max: z.number().int().min(1).max(50).default(1),
    /** Qualifiers the customer may put on a choice ("extra cheese", "light sauce"). */
    qualifiers: z.array(Qualifier).default([]),
    /** The question to ask when a required group is missing. */
    prompt: z.string().trim().min(1).max(200).optional(),
    /**
     * The group is offered only on a line that holds one of `choices` of the option group `group` (any
     * of its choices when `choices` is left out): a combo's drink only with the combo. Without it, a
     * line may not take the group's choices and its `min` does not apply. Every item listing this group
     * must list `group` too; chains are allowed, cycles are not.
     */
    offeredWith: z.strictObject({ group: id, choices: z.array(id).min(1).optional() }).optional(),
    choices: z.array(Choice).min(1),
  })
  .superRefine((g, ctx) => {
    if (g.min > g.max)
      ctx.addIssue({ code: 'custom', path: ['min'], message: `min (${g.min}) exceeds max (${g.max})` });
    if (g.selection === 'single' && g.max !== 1)
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'a single-choice group has max 1' });
    const defaults = g.choices.filter((c) => c.default).length;
    if (g.selection === 'single' && defaults > 1)
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: 'a single-choice group has at most one default',
      });
    duplicateIds(g.choices, ctx, 'choices');
  });
export type OptionGroup = z.infer<typeof OptionGroup>;

export const Category = z.strictObject({
  id,
  name: phrase,
  aliases: z.array(phrase).default([]),
  description: z.string().max(500).optional(),
});
export type Category = z.infer<typeof Category>;

export const MenuItem = z.strictObject({
  id,
  name: phrase,
  aliases: z.array(phrase).default([]),
  category: id,
  /** What the dish is, in a sentence or two. Optional: a menu of names and prices leaves it out. */
  description: z.string().trim().min(1).max(1000).optional(),
  /**
   * What goes into the dish. Optional (default `[]`): an empty list means the menu does not list them,
   * never that the dish has none, so the bot says so rather than claiming an ingredient is absent.
   */
  ingredients: z.array(phrase).default([]),
  price: Money,
  diet: Diet,
  dietFlags: z.array(DietFlag).default([]),
  allergens: z.array(Allergen),
  /**
   * 0 none, 1 mild, 2 medium, 3 hot, 4 very hot. Optional: left out, the dish is not rated (never
   * taken as 0); the bot then judges heat by the dish's words (`itemHeat`) and says the menu does not rate it.
   */
  spiceLevel: z.number().int().min(0).max(4).optional(),
  /** Words moods and browsing use: comfort, shareable, light, celebratory, chef-special, seasonal, ... */
  tags: z.array(id).default([]),
  optionGroups: z.array(id).default([]),
  available: z.boolean().default(true),
  /** Units in stock when the backend seeds; omitted or null means not tracked. */
  stock: z.number().int().min(0).nullable().default(null),
});
export type MenuItem = z.infer<typeof MenuItem>;

export const VenueSettings = z
  .strictObject({
    id,
    name: phrase,
    currency: CurrencyCode,
    /**
     * ISO 3166-1 alpha-2 country of the venue ("US", "GB", "IN"): phone numbers without a "+" are read
     * as this country's. Omitted: only international (+) numbers and local or 9-15 digit numbers are taken.
     */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code such as "US"')
      .optional(),
    /** IANA time zone for opening hours. */
    timezone: z
      .string()
      .min(1)
      .refine(isTimeZone, 'must be an IANA time zone such as "America/Chicago"')
      .default('UTC'),
    /** Tax in basis points of the subtotal (500 = 5%). */
    taxRateBps: z.number().int().min(0).max(10_000),
    delivery: z.strictObject({
      available: z.boolean().default(true),
      fee: MinorUnits,
      /** Delivery is free from this subtotal on; omitted means never free. */
      freeAbove: MinorUnits.optional(),
      /** Smallest subtotal accepted for delivery. */
      minimumOrder: MinorUnits.default(0),
      /** Where the venue delivers, area by area with postal codes; omitted: not published. */
      zones: z.array(DeliveryZone).optional(),
      /** How far, as published ("about 4 miles from the restaurant"). */
      radius: z.string().trim().min(1).max(200).optional(),
      /** Places named as outside the delivery area ("West Sacramento"). */
      excludedAreas: z.array(phrase).optional(),
    }),
    pickup: z.boolean().default(true),
    paymentMethods: z.array(z.enum(['card', 'cash', 'upi', 'wallet'])).min(1),
    /** Card brands, wallets, cash and checks as published (answers "do you take Amex?"). */
    payment: PaymentFacts.optional(),
    /**
     * The weekly opening hours, one row per group of days and service (schema.org
     * OpeningHoursSpecification); a day with no row is closed. Omitted: hours are not published.
     */
    hours: z.array(OpeningHours).optional(),
    /** Holidays and other exceptions to `hours`, by date ("12-25") or rule ("fourth thursday of november"). */
    specialHours: z.array(SpecialHours).optional(),
    /** The kitchen's last orders, in minutes before closing (15: last orders 9:45 pm for a 10 pm close). */
    lastOrdersMinutesBeforeClose: z.number().int().min(0).max(240).optional(),
    /**
     * How customers reach the team. Each field is optional: what is missing is taken from the venue's
     * documents (phone numbers, e-mail addresses and the opening-hours table of contact.md / hours.md).
     */
    contact: z
      .strictObject({
        phone: z.string().trim().min(3).max(40).optional(),
        email: z.string().trim().min(3).max(120).optional(),
        /** One line, e.g. "Tue–Sun 11 am – 10 pm". */
        hours: z.string().trim().min(1).max(300).optional(),
      })
      .optional(),
  })
  .superRefine((venue, ctx) => {
    if (venue.hours) checkHoursOverlap(venue.hours, ctx, ['hours']);
  });
export type VenueSettings = z.infer<typeof VenueSettings>;

/** Order statuses a venue may let customers cancel themselves (never once handed over or done). */
export const CUSTOMER_CANCELLABLE_STATUSES = ['placed', 'paid', 'preparing', 'ready'] as const;

/** The venue's rules for what customers may do after ordering. */
export const VenuePolicies = z.strictObject({
  /** Minutes after placing during which the customer may cancel (in the chat or the API); 0: never. */
  customerCancelWindowMinutes: z.number().int().min(0).max(10_080).default(5),
  /** Statuses in which a customer cancel is accepted (within the window). */
  customerCancellableStatuses: z.array(z.enum(CUSTOMER_CANCELLABLE_STATUSES)).default(['placed', 'paid']),
});
export type VenuePolicies = z.infer<typeof VenuePolicies>;

export const Menu = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    venue: VenueSettings,
    /** Customer cancel window and statuses; defaults: 5 minutes, placed or paid. */
    policies: VenuePolicies.prefault({}),
    categories: z.array(Category).min(1),
    optionGroups: z.array(OptionGroup).default([]),
    items: z.array(MenuItem).min(1),
  })
  .superRefine((menu, ctx) => {
    for (const p of menuCrossReferences(menu))
      ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  });
export type Menu = z.infer<typeof Menu>;
export type MenuInput = z.input<typeof Menu>;

/** Whether the runtime knows the IANA time zone name (Intl throws a RangeError on an unknown one). */
function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function duplicateIds(list: ReadonlyArray<{ id: string }>, ctx: z.RefinementCtx, path: string): void {
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    if (seen.has(entry.id))
      ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `duplicate id "${entry.id}"` });
    seen.add(entry.id);
  });
}
