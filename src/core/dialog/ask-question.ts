import type { Cart } from '../../contract/backend-api.ts';
import { choiceName } from '../../domain/choice-name.ts';
import { askedWithGate } from '../../domain/group-offered.ts';
import { picksOf, picksShort } from '../../domain/group-picks.ts';
import type { OptionGroup } from '../../domain/menu-schema.ts';
import { orderCancelQuestion } from '../actions/after-order.ts';
import { currentCart } from '../actions/cart-actions.ts';
import { cartConflicts } from '../actions/cart-conflicts.ts';
import { paymentMethodsText } from '../actions/checkout.ts';
import { requestedTimeShown } from '../actions/keep-requested-time.ts';
import { actLine, actTotals } from '../respond/act-lines.ts';
import { QuestionKind, type Wording } from '../respond/acts.ts';
import { definiteName } from '../respond/definite-name.ts';
import { formatMoney } from '../respond/format-money.ts';
import { groupNoun } from '../respond/group-noun.ts';
import { joinList, type PhraseKey } from '../respond/phrases.ts';
import { pricedChoiceList } from '../respond/priced-choices.ts';
import { renderPhrase } from '../respond/render-acts.ts';
import type { DraftLine, Frame, Pending } from '../state/session-state.ts';
import type { ParseContext } from '../understand/parse-result.ts';
import { nextOrderStep } from './order-flow.ts';
import { act, quickReplies, say, type TurnContext } from './turn-context.ts';
import { SUMMARY_QUESTION, summaryDetails, summaryFingerprint } from './unambiguous-yes.ts';

/** Some of the party, more than one ("two of you", "3 of you"): their dishes are asked for in the plural. */
const SEVERAL_OF_YOU = /^(?!one\b|1\b)\S+ of you$/;
/** One of the party, not named ("one of you"). */
const ONE_OF_YOU = /^(one|1) of you$/;

const SLOT_QUESTION: Record<string, PhraseKey> = {
  fulfillment: 'ask_fulfillment',
  address: 'ask_address',
  name: 'ask_name',
  phone: 'ask_phone',
  paymentMethod: 'ask_payment',
  notes: 'ask_notes',
  when: 'ask_when',
};

interface Question {
  pending: Pending;
  replies?: string[];
}

/** The template wording of the question last worded in a turn (read by `askFrame` for its act). */
const wordings = new WeakMap<TurnContext, Wording>();

function text(ctx: TurnContext, key: PhraseKey, vars: Record<string, string | number> = {}): string {
  wordings.set(ctx, { key, vars });
  return renderPhrase(ctx.render, key, vars);
}

/** The question a frame waits on, as text plus quick replies (no side effects but reading the cart). */
async function questionOf(ctx: TurnContext, frame: Frame): Promise<Question | undefined> {
  const { venue, config } = ctx.deps;
  const draft = frame.slots.draft as DraftLine | undefined;
  switch (frame.kind) {
    case 'order': {
      const next = nextOrderStep(ctx.state, frame, config, venue);
      frame.step = next.id;
      // "never mind" took back the cart's only dish: nothing is left to check out
      if (next.id === 'items' && ctx.flags.cartChanged && ctx.cart?.lines.length === 0)
        return { pending: { kind: 'items', question: text(ctx, 'cart_emptied') } };
      if (next.id === 'items')
        return {
          pending: { kind: 'items', question: text(ctx, 'anything_else') },
          replies: ['Check out', 'Show my order'],
        };
      if (next.id === 'confirm') {
        const cart = await currentCart(ctx);
        if (!cart || cart.lines.length === 0) {
          frame.slots.checkout = false;
          return { pending: { kind: 'items', question: text(ctx, 'cart_empty') } };
        }
        const s = ctx.state.slots;
        act(ctx, {
          type: 'summary',
          cartId: cart.id,
          lines: cart.lines.map((l) => actLine(l, venue.menu)),
          totals: actTotals(cart.totals),
          ...summaryDetails(s),
          // the requested time said back before the yes (only when one was given)
          ...(s.when !== undefined ? { when: requestedTimeShown(ctx) } : {}),
        });
        // the kitchen notes said back: "Kitchen notes: Pepperoni Pizza: extra crispy."
        const noted = cart.lines.filter((l) => l.notes);
        if (noted.length > 0)
          say(ctx, 'summary_notes', { what: noted.map((l) => `${l.name}: ${l.notes}`).join('; ') });
        // an allergy or diet the customer stated that a dish in the order breaks is said again before the
        // yes ("Heads up: Almond Croissant in your order contains tree nuts"), however long ago it was said
        for (const { name, reasons } of cartConflicts(ctx, cart.lines))
          say(ctx, 'summary_conflict', { name, reasons: joinList(reasons) });
        // below the delivery minimum the summary is shown but there is nothing to confirm yet (the
        // backend would refuse it): add something, or pick up
        const short = belowDeliveryMinimum(ctx, cart);
        if (short)
          return {
            pending: { kind: 'items', question: short },
            replies: ['Pickup instead', 'Show the menu'],
          };
        // what the summary showed: a yes places the order only if the cart and details still match
        return {
          pending: {
            kind: SUMMARY_QUESTION,
            question: text(ctx, 'summary'),
            fingerprint: summaryFingerprint(cart, s),
          },
          replies: ['Yes, place it', 'No, wait'],
        };
      }
      // the last dish removed (or the dish that waited on its option dropped) during checkout: the
      // checkout stops with nothing to order, and the customer is asked what they would like
      if (await cartEmptied(ctx)) {
        frame.slots.checkout = false;
        return { pending: { kind: 'items', question: text(ctx, 'cart_empty') } };
      }
      const slot = next.slot!;
      const v = venue.menu.venue;
      const replies =
        slot === 'fulfillment'
          ? [...(v.delivery.available ? ['Delivery'] : []), ...(v.pickup ? ['Pickup'] : [])]
          : slot === 'paymentMethod'
            ? v.paymentMethods.map((m) => (m === 'upi' ? 'UPI' : m[0]!.toUpperCase() + m.slice(1)))
            : slot === 'notes'
              ? ['Skip']
              : slot === 'when'
                ? ['As soon as possible']
                : undefined;
      return {
        pending: {
          kind: 'slot',
          slot,
          question: text(ctx, SLOT_QUESTION[slot]!, { methods: paymentMethodsText(ctx) }),
        },
        ...(replies ? { replies } : {}),
      };
    }
    case 'choose_option': {
      const group = venue.menu.optionGroups.find((g) => g.id === frame.slots.group);
      if (!group || !draft) return undefined;
      // "different sauce please": some choices of a group of several picks, offered by name
      const only = frame.slots.only as string[] | undefined;
      if (only && only.length >= 2) {
        const offered = group.choices.filter((c) => c.available && only.includes(c.id));
        const names = offered.map((c) => c.name);
        return {
          pending: {
            kind: 'option',
            group: group.id,
            itemId: draft.itemId,
            question: text(ctx, 'reask_some_choices', {
              name: definiteName(draft.name),
              choices: joinList(names, 'or'),
            }),
          },
          replies: names,
        };
      }
      const whom = draft.quantity > 1 ? `the ${draft.quantity} × ${draft.name}` : definiteName(draft.name);
      // "a mochi with mango" of three flavors: what is held said, and how many more are asked for
      const short = picksShort(group, draft.options);
      if (short > 0) {
        const held = group.choices.flatMap((c) => {
          const n = picksOf(
            group,
            draft.options.filter((o) => o.choice === c.id),
          );
          return n === 0 ? [] : [n > 1 ? `${n} × ${c.name}` : c.name];
        });
        const left = group.choices.filter((c) => c.available).map((c) => c.name);
        return {
          pending: {
            kind: 'option',
            group: group.id,
            itemId: draft.itemId,
            question: text(ctx, 'ask_option_more', {
              name: whom,
              held: joinList(held),
              count: short,
              choices: joinList(left, 'or'),
            }),
          },
          replies: left,
        };
      }
      // a required choice whose prices differ: the choices with their differences, so the customer
      // knows what each costs ("Which size for the Latte: Small, Medium (+$0.50) or Large (+$1.00)?")
      // a combo's drink (asked once the combo is taken, no default): its choices named, one to pick
      // a group the customer named without a choice ("a hamburger with cheese"): its choices named too
      const named = draft.ask?.includes(group.id) === true;
      const priced =
        group.min > 0 || named
          ? (pricedChoiceList(group, venue.menu.venue.currency) ?? (named ? listedChoices(group) : undefined))
          : askedWithGate(group) && !group.prompt
            ? joinList(
                group.choices.filter((c) => c.available).map((c) => c.name),
                'or',
              )
            : undefined;
      const prompt = priced
        ? text(ctx, 'ask_option_priced', { group: askedNoun(group), name: whom, choices: priced })
        : group.prompt
          ? `For ${whom}: ${group.prompt}`
          : `Which ${askedNoun(group)} for ${definiteName(draft.name)}?`;
      return {
        pending: { kind: 'option', group: group.id, itemId: draft.itemId, question: prompt },
        replies: group.choices.filter((c) => c.available).map((c) => c.name),
      };
    }
    case 'ask_quantity':
      return {
        pending: {
          kind: 'quantity',
          itemId: draft?.itemId,
          question: text(ctx, 'ask_quantity', { name: draft?.name ?? '' }),
        },
        replies: ['1', '2', '3', '4'],
      };
    case 'more_or_total': {
      const quantity = Number(frame.slots.quantity ?? 0);
      return {
        pending: {
          kind: 'more_or_total',
          itemId: frame.slots.itemId as string,
          question: text(ctx, 'ask_more_or_total', { quantity, name: String(frame.slots.name ?? '') }),
        },
        replies: [`${quantity} in total`, `${quantity} more`],
      };
    }
    case 'confirm_quantity':
      return {
        pending: {
          kind: 'confirm_quantity',
          itemId: draft?.itemId,
          question: text(ctx, 'confirm_quantity', {
            quantity: draft?.quantity ?? 0,
            name: draft?.name ?? '',
          }),
        },
        replies: ['Yes', 'No'],
      };
    case 'diet_conflict':
      return {
        pending: {
          kind: 'diet_conflict',
          itemId: draft?.itemId,
          question: text(ctx, 'diet_conflict', {
            name: draft?.name ?? '',
            reasons: joinList((frame.slots.reasons as string[]) ?? []),
          }),
        },
        replies: ['Add anyway', 'Pick something else'],
      };
    case 'clarify': {
      const choices = (frame.slots.choices as { id: string; name: string }[]) ?? [];
      const list = joinList(
        choices.map((c) => c.name),
        'or',
      );
      // "a side of ranch": which dish comes with it
      const said = ((frame.slots.withChoices as string[] | undefined) ?? []).map((id) =>
        choiceName(venue.menu, { choice: id }),
      );
      // "extra chicken": choices of optional groups only, an add-on said, not a dish
      const allGroups = venue.menu.optionGroups;
      const optionalOnly =
        said.length > 0 &&
        ((frame.slots.withChoices as string[] | undefined) ?? []).every((id) =>
          allGroups.every((g) => g.min === 0 || !g.choices.some((c) => c.id === id)),
        );
      // "a sprite": the dishes the choice defines, with their prices
      const prices = frame.slots.prices as Record<string, string> | undefined;
      const offered = prices
        ? joinList(
            choices.map((c) => `${withArticle(c.name)}${prices[c.id] ? ` (${prices[c.id]})` : ''}`),
            'or',
          )
        : undefined;
      return {
        pending: {
          kind: 'clarify',
          question:
            offered && said.length > 0
              ? text(ctx, 'choose_which_as', { list: offered, with: capitalize(joinList(said, 'and')) })
              : optionalOnly
                ? text(ctx, 'choose_dish_for_option', {
                    list: joinList(
                      choices.map((c) => c.name),
                      'or',
                    ),
                    with: capitalize(joinList(said, 'and')),
                  })
                : said.length > 0
                  ? text(ctx, 'choose_which_with', { list, with: joinList(said, 'and').toLowerCase() })
                  : frame.slots.instead
                    ? text(ctx, 'offer_instead', { list })
                    : text(ctx, frame.slots.ambiguous ? 'choose_which' : 'did_you_mean', { list }),
        },
        replies: choices.map((c) => c.name),
      };
    }
    case 'confirm_cancel': {
      const placed = orderCancelQuestion(frame);
      if (placed)
        return {
          pending: { kind: 'confirm_cancel', question: text(ctx, 'order_cancel_confirm', placed) },
          replies: ['Yes, cancel it', 'No, keep it'],
        };
      if (frame.slots.goodbye === true)
        return {
          pending: { kind: 'confirm_cancel', question: text(ctx, 'goodbye_open_cart') },
          replies: ['No, keep it', 'Yes, cancel it'],
        };
      return {
        pending: { kind: 'confirm_cancel', question: text(ctx, 'cancel_confirm') },
        replies: ['Yes, cancel', 'No, keep it'],
      };
    }
    case 'offer_handoff':
      return {
        pending: { kind: 'offer_handoff', question: text(ctx, 'offer_handoff') },
        replies: ['Yes, please', 'No, thanks'],
      };
    case 'guest_dish': {
      const guest = frame.slots.guest as DraftLine['guest'];
      const person = guest?.person ?? 'them';
      // "two of you" (of the party) have dishes, and are the two just spoken of
      const several = SEVERAL_OF_YOU.test(person);
      // "one of you" is told apart by the need just said: "the one of you who's vegan"
      const need = guest?.diet
        ? `who's ${guest.diet.replace(/-/g, ' ')}`
        : guest && guest.allergies.length > 0
          ? `who avoids ${guest.allergies.join(' and ').replace(/-/g, ' ')}`
          : undefined;
      const whom = ONE_OF_YOU.test(person) && need ? `the ${person} ${need}` : person;
      return {
        pending: {
          kind: 'guest_dish',
          question: several
            ? text(ctx, 'ask_guests_dishes', { whom: `the ${whom}` })
            : text(ctx, 'ask_guest_dish', { whom }),
        },
      };
    }
    case 'offer_item':
      return {
        pending: {
          kind: 'offer_item',
          itemId: draft?.itemId,
          question: (frame.slots.question as string) ?? '',
        },
        replies: ['Yes, add it', 'No, thanks'],
      };
  }
}

/** Puts the frame's question to the customer (again, when `resume`), and records it as pending. */
export async function askFrame(ctx: TurnContext, frame: Frame, resume = false): Promise<void> {
  wordings.delete(ctx);
  const q = await questionOf(ctx, frame);
  if (!q) return;
  const wording = wordings.get(ctx) ?? { text: q.pending.question };
  const { kind, slot, group, itemId } = q.pending;
  act(ctx, {
    type: 'question',
    kind: QuestionKind.parse(
      kind === 'items' && 'key' in wording && wording.key === 'anything_else' ? 'anything_else' : kind,
    ),
    ...(slot ? { slot } : {}),
    ...(group ? { group } : {}),
    ...(itemId ? { itemId } : {}),
    choices: q.replies ?? [],
    resume,
    wording,
    text: q.pending.question,
  });
  if (q.replies && q.replies.length > 0) quickReplies(ctx, q.replies);
  frame.asked = true;
  ctx.flags.asked = true;
  ctx.flags.pendingSet = true;
  ctx.state.pending = q.pending;
}

/** What understanding should expect next, from the pending question. */
export function parseContextOf(pending: Pending | null): ParseContext {
  if (!pending) return {};
  if (pending.kind === 'slot' && pending.slot && pending.slot !== 'notes')
    return {
      expecting: pending.slot as Exclude<ParseContext['expecting'], object | 'confirmation' | undefined>,
    };
  if (pending.kind === 'option' && pending.group && pending.itemId)
    return { expecting: { group: pending.group, itemId: pending.itemId } };
  if (
    [
      'confirm_order',
      'confirm_quantity',
      'more_or_total',
      'diet_conflict',
      'confirm_cancel',
      'offer_handoff',
      'offer_item',
    ].includes(pending.kind)
  )
    return { expecting: 'confirmation' };
  return {};
}

/**
 * The question to ask instead of the summary when delivery is chosen and the backend's subtotal is below
 * the venue's delivery minimum (the backend would refuse the order); undefined when the order can go.
 */
function belowDeliveryMinimum(ctx: TurnContext, cart: Cart): string | undefined {
  const min = ctx.deps.venue.menu.venue.delivery.minimumOrder;
  if (ctx.state.slots.fulfillment !== 'delivery' || min <= 0 || cart.totals.subtotal >= min) return undefined;
  const vars = {
    min: formatMoney(min, cart.totals.currency),
    subtotal: formatMoney(cart.totals.subtotal, cart.totals.currency),
  };
  const full = text(ctx, 'delivery_minimum', vars);
  // said already this turn (delivery was just chosen): ask only the question part
  const said = ctx.events.some((e) => e.type === 'text' && e.text.includes(vars.min));
  return said ? text(ctx, 'delivery_minimum_ask') : full;
}

/**
 * True when the cart holds nothing while checkout asks its details: read from the turn's cart when the
 * turn changed it (a write returns the cart), else from the session's record of the cart's dishes
 * (`cartItems`; read only when that record is empty). A dish still waiting on its option sits above the order
 * frame, so this is only asked once nothing waits.
 */
async function cartEmptied(ctx: TurnContext): Promise<boolean> {
  if (ctx.state.order && !ctx.state.cartId) return false;
  if (!ctx.flags.cartChanged && ctx.state.cartItems.length > 0) return false;
  if (!ctx.state.cartId) return true;
  const cart = await currentCart(ctx, { carried: !ctx.flags.cartChanged });
  return !cart || cart.lines.length === 0;
}

/** "a Can of Soda", "an Earl Grey", "Boneless Wings" (a plural name takes none): a dish's name with its article. */
function withArticle(name: string): string {
  if (/[^s]s$/i.test(name)) return name;
  return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;
}

/** The first letter in upper case ("sprite" → "Sprite"). */
function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The most choices a question for a group the customer named lists by name. */
const MAX_LISTED_CHOICES = 12;

/** The available choices of `group` joined for a question ("American, Cheddar or Swiss"), when few enough. */
function listedChoices(group: OptionGroup): string | undefined {
  const open = group.choices.filter((c) => c.available).map((c) => c.name);
  return open.length >= 2 && open.length <= MAX_LISTED_CHOICES ? joinList(open, 'or') : undefined;
}

/**
 * A group's noun in "Which … for": singular for a group of one pick ("Syrups" → "syrup"), the name as it
 * is for several picks ("Extra Toppings" → "toppings"); a lead "add", "extra" or "choose" dropped.
 */
function askedNoun(group: { name: string; max: number }): string {
  if (group.max === 1) return groupNoun(group.name);
  const lower = group.name.toLowerCase();
  return lower.replace(/^(?:add|extra|choose|pick|choice of|your)\s+/, '') || lower;
}
