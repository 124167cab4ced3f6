import type { CartLine } from '../../contract/backend-api.ts';
import { askedWithGate } from '../../domain/group-offered.ts';
import { picksOf, withPick } from '../../domain/group-picks.ts';
import { answerAbsentDish } from '../actions/absent-dish.ts';
import { recapOrder, requestOrderCancel } from '../actions/after-order.ts';
import { menuDeclaresAllergens, sayAllergenCaution } from '../actions/allergen-caution.ts';
import { amendPending } from '../actions/amend-pending.ts';
import { answerBooking } from '../actions/answer-booking.ts';
import { addDocumentPassage, answerQuestion, rescueByKnowledge } from '../actions/answer-question.ts';
import { waitingAlike } from '../actions/answer-waiting-alike.ts';
import { currentCart, newDraft, requestAdd } from '../actions/cart-actions.ts';
import { cartConflicts } from '../actions/cart-conflicts.ts';
import { reopenSlot, setSlot, startCheckout } from '../actions/checkout.ts';
import { answerDishProperty } from '../actions/dish-property.ts';
import { applyChosenEdit, type OfferedChoice, removeItem, updateItem } from '../actions/edit-cart.ts';
import { goodbyeMidOrder } from '../actions/goodbye-mid-order.ts';
import { itemInfo } from '../actions/item-info.ts';
import { browseMenu, offerMenu, orderStatus, recommend } from '../actions/knowledge-actions.ts';
import { likeCartLine } from '../actions/like-cart-line.ts';
import { answerMenuSuperlative } from '../actions/menu-superlative.ts';
import { offerWholeForHalves } from '../actions/offer-whole-for-halves.ts';
import { addPassageNaming } from '../actions/passage-naming.ts';
import { pickRanked } from '../actions/ranked-pick.ts';
import { sayNotTaken } from '../actions/say-not-taken.ts';
import { sayRemovalNoted } from '../actions/say-removal-noted.ts';
import { asksTime } from '../actions/say-usual-time.ts';
import { changeToVariant } from '../actions/variant-change.ts';
import { checkWaitingDish } from '../actions/waiting-dish-constraint.ts';
import type { Command, CommandOf } from '../commands/command.ts';
import { cartCard } from '../respond/cards.ts';
import { definiteName } from '../respond/definite-name.ts';
import { formatMoney } from '../respond/format-money.ts';
import { joinList } from '../respond/phrases.ts';
import type { DraftLine } from '../state/session-state.ts';
import { ownerAsAddressed } from '../understand/constraint-owner.ts';
import { QUESTION_START } from '../understand/question-clauses.ts';
import { parseContextOf } from './ask-question.ts';
import { asksWhatMayBeDone } from './asks-what-may-be-done.ts';
import { orderFrame, popFrame, pushFrame, topFrame } from './frames.ts';
import { flowStep } from './order-flow.ts';
import { confirmTop, denyTop, handOff, sayOptionNeeded } from './patterns.ts';
import { sharedChoicePrices } from './shared-choice-prices.ts';
import { card, log, say, sayText, step, type TurnContext } from './turn-context.ts';
import { SUMMARY_QUESTION } from './unambiguous-yes.ts';

/** Executes one validated command against the turn. Commands run in the order understanding gave them. */
export async function executeCommand(ctx: TurnContext, cmd: Command): Promise<void> {
  step(ctx, cmd.type);
  const { state, deps } = ctx;
  switch (cmd.type) {
    case 'add_item': {
      const item = deps.venue.menu.items.find((i) => i.id === cmd.itemId);
      if (!item) return;
      ctx.flags.answered ||= ctx.pendingAtStart?.kind === 'items';
      // taking the item that was offered answers the offer, as does taking another from the offer's card
      // ("the third one" of the three picks shown)
      const top = topFrame(state);
      const offered =
        top?.kind === 'offer_item' ? (top.slots.draft as DraftLine | undefined)?.itemId : undefined;
      const sameCard = (ids: readonly string[] | undefined) =>
        ids !== undefined && offered !== undefined && ids.includes(offered) && ids.includes(cmd.itemId);
      if (top && offered !== undefined && (offered === cmd.itemId || sameCard(state.listed?.itemIds))) {
        popFrame(state, top);
        ctx.flags.answered = true;
      }
      // the dish named after "which dish is for your mum?" must fit her diet
      // ("… for me" is the customer's own dish: the question stays for the next one)
      // ("… for my son" finds his question under another one, e.g. a suggestion made meanwhile)
      const guestFrame =
        top?.kind === 'guest_dish' && cmd.forWhom !== 'self'
          ? top
          : cmd.forWhom === 'other'
            ? state.frames.findLast((f) => f.kind === 'guest_dish')
            : undefined;
      const guest = guestFrame ? (guestFrame.slots.guest as DraftLine['guest']) : undefined;
      if (guestFrame) {
        popFrame(state, guestFrame);
        ctx.flags.answered = true;
      }
      if (cmd.halves) return offerWholeForHalves(ctx, cmd);
      // "a 2nd latte same but with almond milk": the cart's latte's options, but those said
      if (cmd.same) {
        const { same: _same, ...like } = await likeCartLine(ctx, cmd);
        return executeCommand(ctx, like);
      }
      // "another coke": the cart's line of that item goes up instead of a second, different line
      if (cmd.more && cmd.without.length === 0 && !cmd.note) {
        const cart = await currentCart(ctx);
        // the same item, and the same options when some were said ("another large pepperoni")
        const same = (l: CartLine) =>
          l.itemId === cmd.itemId &&
          cmd.options.every((o) => l.options.some((x) => x.group === o.group && x.choice === o.choice));
        const line =
          cart?.lines.find((l) => l.id === state.lastLineId && same(l)) ?? cart?.lines.findLast(same);
        if (line)
          return updateItem(ctx, {
            type: 'update_item',
            itemId: line.itemId,
            quantity: line.quantity + cmd.quantity,
          });
      }
      // "2 cokes" with 2 cokes in the cart: 2 in total or 2 more? asked, never guessed
      if (cmd.repeat && (await askMoreOrTotal(ctx, cmd))) return;
      await requestAdd(
        ctx,
        newDraft(item, cmd.quantity, {
          options: cmd.options,
          without: cmd.without,
          ...(guest ? { guest } : {}),
          ...(cmd.quantityUnknown ? { quantityUnknown: true } : {}),
          ...(cmd.note ? { note: cmd.note } : {}),
          ...(cmd.ask ? { ask: cmd.ask } : {}),
          ...(cmd.fits && (cmd.fits.diet || cmd.fits.allergies.length > 0) ? { fits: cmd.fits } : {}),
        }),
      );
      if (cmd.notTaken?.length) sayNotTaken(ctx, item.name, cmd.notTaken);
      if (cmd.note) sayRemovalNoted(ctx, item.name, cmd.note);
      return;
    }
    case 'set_quantity': {
      // the count asked for, or a new count said at the check of a large one ("make it 12 instead"):
      // the customer said it after the check, so it is not checked again (the caps still apply)
      const frame = state.frames.findLast((f) => f.kind === 'ask_quantity' || f.kind === 'confirm_quantity');
      if (!frame) return;
      popFrame(state, frame);
      ctx.flags.answered = true;
      const draft = frame.slots.draft as DraftLine;
      const checked =
        frame.kind === 'confirm_quantity' ? { checked: { ...draft.checked, quantity: true } } : {};
      await requestAdd(ctx, { ...draft, quantity: cmd.quantity, quantityUnknown: false, ...checked }, 'push');
      return;
    }
    case 'remove_item':
      return removeItem(ctx, cmd);
    case 'update_item': {
      // "make it iced": the line becomes its variant (or takes the option of that name)
      if (cmd.variant) return changeToVariant(ctx, cmd);
      const { notTaken, ...change } = cmd;
      // "no onions on the naan" where onions are no option of it: said back, the line left as it was
      if (notTaken?.length && isOnlyNotTaken(change)) {
        const name = deps.venue.menu.items.find((i) => i.id === cmd.itemId)?.name;
        if (name) return sayNotTaken(ctx, name, notTaken);
      }
      await updateItem(ctx, change);
      if (notTaken?.length) {
        const name = deps.venue.menu.items.find((i) => i.id === cmd.itemId)?.name;
        if (name) sayNotTaken(ctx, name, notTaken);
      }
      return;
    }
    case 'set_slot':
    case 'correct_slot': {
      const correcting = cmd.type === 'correct_slot' && state.slots[cmd.slot] !== undefined;
      await setSlot(ctx, cmd.slot, cmd.value, correcting);
      return;
    }
    case 'set_constraint': {
      // "my daughter has celiac, is the gf bun really safe for her?": the documents answer the question
      // (when they do, as for any message understanding did not place), then the need is noted
      if (ctx.commands.length === 1 && asksQuestion(ctx.message)) await rescueByKnowledge(ctx, ctx.message);
      if (cmd.person) return noteGuestConstraint(ctx, { ...cmd, person: cmd.person });
      if (cmd.diet) state.constraints.diet = cmd.diet;
      state.constraints.allergies = [...new Set([...state.constraints.allergies, ...cmd.allergies])];
      say(ctx, 'constraint_noted', { what: describeConstraint(cmd) });
      log(ctx, 'dialog.constraint.set', { diet: cmd.diet ?? null, allergies: cmd.allergies.length });
      // "I'm allergic to eggs" while a dish waits on its option: that dish is checked now
      await checkWaitingDish(ctx, cmd);
      const cart = await currentCart(ctx);
      // "a margherita" then "I'm allergic to milk": the dish is named, and taking it off offered
      for (const { name, reasons } of cartConflicts(ctx, cart?.lines ?? []))
        say(ctx, 'diet_conflict_in_cart', { name, reasons: joinList(reasons) });
      return;
    }
    case 'choose_option': {
      const frame = state.frames.findLast((f) => f.kind === 'choose_option' && f.slots.group === cmd.group);
      if (!frame) return;
      popFrame(state, frame);
      ctx.flags.answered = true;
      const draft = frame.slots.draft as DraftLine;
      // a question of several picks keeps the other picks of its group said with the answer, within its max
      const asked = deps.venue.menu.optionGroups.find((g) => g.id === cmd.group);
      const max = asked?.max ?? 1;
      const also = (cmd.also ?? []).filter(
        (o) =>
          (o.group !== cmd.group || (max > 1 && o.choice !== cmd.choice)) &&
          !draft.options.some((d) => d.group === o.group && d.choice === o.choice),
      );
      const sameGroup = also.filter((o) => o.group === cmd.group);
      const room = asked ? max - 1 - picksOf(asked, draft.options) : max - 1;
      for (const extra of sameGroup.slice(Math.max(0, room))) also.splice(also.indexOf(extra), 1);
      // a pick the dish holds already ("mango" again, of three flavors) is taken once more
      const options = [
        ...withPick(draft.options, { group: cmd.group, choice: cmd.choice, quantity: 1 }, asked),
        ...also,
      ];
      const without = [
        ...draft.without,
        ...(cmd.without ?? []).filter(
          (w) => !draft.without.some((d) => d.choice === w.choice && d.group === w.group),
        ),
      ];
      const note = cmd.note ?? draft.note;
      const quantity = cmd.quantity ?? draft.quantity;
      if (cmd.forYou) {
        const group = deps.venue.menu.optionGroups.find((g) => g.id === cmd.group);
        const choice = group?.choices.find((c) => c.id === cmd.choice);
        if (choice)
          say(ctx, 'option_picked_for_you', { choice: choice.name, name: definiteName(draft.name) });
      }
      const alike = cmd.alikeToo
        ? waitingAlike(state.frames, frame, deps.venue.menu, cmd.group, cmd.choice)
        : [];
      for (const a of alike) popFrame(state, a.frame);
      await requestAdd(ctx, { ...draft, quantity, options, without, ...(note ? { note } : {}) }, 'push');
      // "both 12 inch": each dish queued behind with the same question is added with the same answer
      for (const a of alike)
        await requestAdd(ctx, { ...a.draft, options: [...a.draft.options, a.pick] }, 'queue');
      return;
    }
    case 'amend_pending':
      return amendPending(ctx, cmd);
    case 'choose': {
      const frame = topFrame(state);
      if (frame?.kind === 'clarify') popFrame(state, frame);
      ctx.flags.answered = true;
      // "which one gets the bacon?": the chosen cart item takes the change
      const edit =
        frame?.kind === 'clarify'
          ? (frame.slots.edit as CommandOf<'update_item'> | CommandOf<'remove_item'> | undefined)
          : undefined;
      if (edit) return applyChosenEdit(ctx, edit, cmd, frame?.slots.choices as OfferedChoice[] | undefined);
      const item = deps.venue.menu.items.find((i) => i.id === cmd.itemId);
      if (!item) return;
      // "a side of ranch" → "garlic knots": the side picked takes the choice said with it
      const said = (frame?.slots.withChoices as string[] | undefined) ?? [];
      const options = said.flatMap((choice) => {
        const group = deps.venue.menu.optionGroups.find(
          (g) => item.optionGroups.includes(g.id) && g.choices.some((c) => c.id === choice),
        );
        return group && !cmd.options?.some((o) => o.group === group.id)
          ? [{ group: group.id, choice, quantity: 1 }]
          : [];
      });
      // and what the answer said with the dish ("a large pepperoni with extra cheese")
      options.push(...(cmd.options ?? []));
      await requestAdd(
        ctx,
        newDraft(item, cmd.quantity ?? (frame?.slots.quantity as number | undefined) ?? 1, {
          options,
          without: cmd.without ?? [],
          ...(cmd.note ? { note: cmd.note } : {}),
        }),
        'push',
      );
      return;
    }
    case 'pick_ranked':
      return pickRanked(ctx, cmd, (next) => executeCommand(ctx, next));
    case 'start_flow': {
      // "that's it" while an item waits on its option: the item needs it first (checkout follows); an
      // item asked for in this very message gets its question as usual
      const open = topFrame(state);
      if (open?.kind === 'choose_option' && ctx.pendingAtStart?.kind === 'option') sayOptionNeeded(ctx, open);
      // "that's it" at "Which one: …?": the customer moved on; the question (and its edit) is dropped
      if (open?.kind === 'clarify' && ctx.pendingAtStart?.kind === 'clarify') {
        popFrame(state, open);
        log(ctx, 'dialog.clarify.dropped_for_checkout');
      }
      // "that's all" at the summary answers "anything else?", not "shall I place it?": ask that plainly
      if (ctx.pendingAtStart?.kind === SUMMARY_QUESTION && ctx.commands.length === 1)
        say(ctx, 'summary_yes_or_no');
      return startCheckout(ctx);
    }
    case 'cancel_flow': {
      const cart = await currentCart(ctx);
      if (!orderFrame(state) && (!cart || cart.lines.length === 0)) {
        if (state.order) return requestOrderCancel(ctx);
        // "can I cancel my order?" with nothing to cancel asks about the policy: the documents may say
        if (asksQuestion(ctx.message) && (await rescueByKnowledge(ctx, ctx.message))) return;
        state.frames = [];
        say(ctx, 'nothing_to_cancel');
        ctx.flags.asked = true;
        return;
      }
      ctx.flags.answered = true;
      pushFrame(ctx, 'confirm_cancel', 'ask');
      return;
    }
    case 'ask_knowledge':
      // "do you have biryani?" at a pizzeria: we don't have it, unless the documents speak of it
      if (await answerAbsentDish(ctx, cmd)) return;
      return answerQuestion(ctx, cmd);
    case 'recommend':
    case 'browse': {
      // "what is the spiciest dish on the menu?": the menu's fields answer it
      if (
        cmd.type === 'browse' &&
        ctx.commands.every((c) => c === cmd || (c.type === 'chitchat' && c.kind === 'greet')) &&
        (await answerMenuSuperlative(
          ctx,
          ctx.message,
          cmd.category,
          cmd.items ? { items: cmd.items, noun: cmd.noun } : undefined,
        ))
      )
        return;
      // "what's spicy?", "anything not cheesy?": the dishes the menu marks so (tags, heat, descriptions)
      if (cmd.type === 'browse' && ctx.commands.length === 1 && (await answerDishProperty(ctx, cmd))) return;
      if (cmd.type === 'recommend') await recommend(ctx, cmd);
      else await browseMenu(ctx, cmd);
      // "which pizzas are safe for a dairy allergy?": the list is the menu's allergen data; its caution
      // follows (the kitchen's cross-contact passage, else a line to tell the staff), no other passage
      if (cmd.type === 'browse' && cmd.allergenFree.length > 0 && !cmd.allergenIn?.length) {
        const policy = ctx.commands.some((c) => c.type === 'ask_knowledge');
        if (!policy && menuDeclaresAllergens(ctx.deps.venue.menu.items))
          await sayAllergenCaution(ctx, cmd.allergenFree);
        return;
      }
      // a question the menu's list does not fully answer ("how much of the menu is vegan?", "can the
      // curry be made less spicy?"): the documents' passage follows when it says more
      const named = cmd.type === 'browse' ? [...(cmd.allergenIn ?? []), ...cmd.allergenFree] : [];
      if (ctx.commands.length === 1 && named.length > 0) {
        // "which dishes have sulphites?", "anything gluten free?": the documents' passage naming the
        // allergen may say which ingredients hold it, or what the kitchen cannot promise (cross-contact)
        let said = false;
        for (const allergen of named)
          if (await addPassageNaming(ctx, ctx.message, allergen.replace('-', ' '))) {
            said = true;
            break;
          }
        if (!said && asksQuestion(ctx.message))
          await addDocumentPassage(ctx, ctx.message, undefined, undefined, cmd.type === 'browse');
      } else if (ctx.commands.length === 1 && asksQuestion(ctx.message))
        await addDocumentPassage(ctx, ctx.message, undefined, undefined, cmd.type === 'browse');
      return;
    }
    case 'item_info':
      return itemInfo(ctx, cmd);
    case 'confirm':
      return confirmTop(ctx);
    case 'deny':
      return denyTop(ctx, cmd.alternative);
    case 'clarify': {
      if (cmd.reason === 'invalid_quantity') {
        if (cmd.heard) say(ctx, 'quantity_not_positive', { name: cmd.heard });
        else say(ctx, 'quantity_not_positive_change');
        return;
      }
      // "a 2nd one same but with almond milk" with nothing to copy: which dish, never a guess
      if (cmd.reason === 'no_dish_to_copy') {
        say(ctx, 'copy_which_dish');
        ctx.flags.asked = true;
        return;
      }
      // "toast the bun" with no dish that has one: which dish the kitchen note is for
      if (cmd.reason === 'no_dish_for_note') {
        say(ctx, 'note_which_dish', { request: cmd.heard ?? 'that' });
        ctx.flags.asked = true;
        return;
      }
      // "the vegan one" when none of the dishes just listed is: said so, the list kept
      if (cmd.reason === 'none_listed') {
        say(ctx, 'none_listed_fit', { what: cmd.heard ?? 'like that' });
        ctx.flags.asked = true;
        return;
      }
      // "a cheeseburger and a beer" with no beer: the kind is not served, the menu's drinks offered
      if (cmd.reason === 'unknown_item' && cmd.drinkKind) {
        say(ctx, 'absent_drink_kind', { what: cmd.drinkKind });
        if (cmd.choices.length === 0) return;
        sayAskedNext(ctx, state);
        pushFrame(ctx, 'clarify', 'ask', { choices: cmd.choices, instead: true });
        return;
      }
      if (cmd.reason === 'unknown_item' && cmd.heard) {
        if (cmd.alsoHeard?.length)
          say(ctx, 'unknown_items', { list: joinList([cmd.heard, ...cmd.alsoHeard], 'or') });
        else say(ctx, 'unknown_item', { heard: cmd.heard });
        // "do you sell beer?" with no beer on the menu: what the documents say of it, when they do
        if (ctx.commands.length === 1 && asksQuestion(ctx.message))
          await addPassageNaming(ctx, ctx.message, cmd.heard);
      }
      if (cmd.reason === 'ambiguous' && cmd.choices.length > 0) {
        // "a sprite": the dishes the choice defines, offered with their prices
        const prices = cmd.withChoices
          ? await sharedChoicePrices(ctx, cmd.choices, cmd.withChoices)
          : undefined;
        pushFrame(ctx, 'clarify', 'ask', {
          choices: cmd.choices,
          ambiguous: true,
          ...(prices ? { prices } : {}),
          ...(cmd.quantity ? { quantity: cmd.quantity } : {}),
          ...(cmd.withChoices ? { withChoices: cmd.withChoices } : {}),
          // "remove the dal" → "which one?": the answer removes (or changes) the dish chosen
          ...(cmd.edit ? { edit: cmd.edit } : {}),
        });
        return;
      }
      if (cmd.choices.length === 0) {
        // "show me your pasta" with no pasta and no near name: what we do have (not beside another
        // request, nor when a passage named it)
        if (cmd.reason === 'unknown_item') {
          if (cmd.heard && ctx.commands.length === 1 && !ctx.acts.some((a) => a.type === 'knowledge_answer'))
            offerMenu(ctx);
          return;
        }
        // not understood, but the venue's own documents answer it: a question after all
        if (ctx.commands.length === 1 && (await rescueByKnowledge(ctx, ctx.message))) return;
        say(ctx, 'not_understood');
        return;
      }
      // "a birch beer and a cheese pizza": the pizza's question, not asked yet, waits below the
      // did-you-mean; said, so the pizza is not lost from view
      sayAskedNext(ctx, state);
      pushFrame(ctx, 'clarify', 'ask', {
        choices: cmd.choices,
        ...(cmd.quantity ? { quantity: cmd.quantity } : {}),
        ...(cmd.withChoices ? { withChoices: cmd.withChoices } : {}),
        ...(cmd.edit ? { edit: cmd.edit } : {}),
      });
      return;
    }
    case 'handoff':
      handOff(ctx, cmd.reason);
      return;
    case 'chitchat': {
      // a table booking: what the venue's documents say about bookings, else none taken and the team's contact
      if (cmd.kind === 'table_booking') return answerBooking(ctx);
      // a message read as out of scope that the venue's own documents answer is a question after all
      // and a question read as one for the assistant ("what do you do with leftover food at night?",
      // "can i cancle my order") that the documents answer
      if (
        (cmd.kind === 'out_of_scope' ||
          ((cmd.kind === 'capabilities' || cmd.kind === 'help') && asksQuestion(ctx.message))) &&
        (await rescueByKnowledge(ctx, ctx.message, cmd.unplaced === true))
      )
        return;
      // out of scope is a failure to help, not a digression: the pending question counts a re-prompt
      ctx.flags.digressed ||= cmd.kind !== 'out_of_scope';
      // "why do you need my name?": what the detail asked for is for, then the question again
      if (cmd.kind === 'why_asked') {
        const slot = state.pending?.kind === 'slot' ? state.pending.slot : undefined;
        const key = slot ? WHY_PHRASE[slot as keyof typeof WHY_PHRASE] : undefined;
        say(ctx, key ?? 'smalltalk');
        return;
      }
      // "bye" with an order open: the cart is kept, and the customer asked whether to cancel it
      if (cmd.kind === 'goodbye' && (await goodbyeMidOrder(ctx))) return;
      const example = deps.venue.menu.items[0]?.name ?? 'pizza';
      if (cmd.kind === 'greet' && state.turn > 1) {
        say(ctx, 'greet_again');
        return;
      }
      // "hi, can I get 2 large pepperonis": a greeting beside a request is brief and asks nothing
      if (cmd.kind === 'greet' && ctx.commands.some((c) => c.type !== 'chitchat')) {
        say(ctx, 'greet_brief');
        return;
      }
      say(ctx, cmd.kind, { example: example.toLowerCase() });
      if (cmd.kind === 'goodbye' || cmd.kind === 'thanks') ctx.flags.asked ||= !orderFrame(state);
      // "let me think": the customer asked for time, so the pending question waits unasked; a yes/no
      // question (the order's summary, a cancel) is still asked, so that a later "yes" plainly answers it
      if (cmd.kind === 'take_your_time' && parseContextOf(state.pending).expecting !== 'confirmation')
        ctx.flags.asked = true;
      return;
    }
    case 'reopen_slot':
      reopenSlot(ctx, cmd.slot);
      return;
    case 'show_cart': {
      ctx.flags.digressed = true;
      const cart = await currentCart(ctx);
      if (!cart || cart.lines.length === 0) {
        if (state.order && !orderFrame(state)) return recapOrder(ctx);
        // "what do I owe?" while the first dish waits on its option: nothing in yet, that question again
        const waiting = state.pending?.itemId
          ? deps.venue.menu.items.find((i) => i.id === state.pending?.itemId)
          : undefined;
        if (waiting) {
          say(ctx, 'cart_empty_waiting', { item: waiting.name });
          return;
        }
        say(ctx, 'cart_empty');
        ctx.flags.asked = true;
        return;
      }
      say(ctx, 'cart_intro', { total: formatMoney(cart.totals.total, cart.totals.currency) });
      card(ctx, cartCard(cart, ctx.deps.venue.menu));
      return;
    }
    case 'repeat': {
      ctx.flags.asked = true;
      if (!state.lastReply) say(ctx, 'repeat_nothing');
      else sayText(ctx, state.lastReply);
      return;
    }
    case 'skip': {
      ctx.flags.answered = true;
      // "no notes" while a dish waits on its option: the order's notes are declined, the dish stays
      if (cmd.slot && orderFrame(state)) {
        if (!state.skipped.includes(cmd.slot)) state.skipped.push(cmd.slot);
        say(ctx, 'skipped');
        return;
      }
      const frame = topFrame(state);
      // "no thanks" at a combo's drink question: the line is added without it
      const group =
        frame?.kind === 'choose_option'
          ? deps.venue.menu.optionGroups.find((g) => g.id === frame.slots.group)
          : undefined;
      if (
        frame &&
        group &&
        (askedWithGate(group) || (frame.slots.draft as DraftLine).ask?.includes(group.id))
      ) {
        popFrame(state, frame);
        const draft = frame.slots.draft as DraftLine;
        await requestAdd(ctx, { ...draft, declined: [...(draft.declined ?? []), group.id] }, 'push');
        return;
      }
      if (frame?.kind === 'order') {
        const current = flowStep(frame.step);
        if (current?.optional && current.slot) {
          state.skipped.push(current.slot);
          say(ctx, 'skipped');
          return;
        }
        if (current?.slot) {
          say(ctx, 'skip_required', { question: '' });
          ctx.flags.answered = false;
          return;
        }
      }
      say(ctx, 'skipped');
      return;
    }
    case 'order_status':
      // "my food is already out for delivery, can i still cancel?" with no order placed here asks
      // about the policy: the documents may say; "how long will it take?" gets the usual times (orderStatus);
      // "where is my order?" asks no policy and gets the status (none placed yet), never a document
      if (
        !state.order &&
        asksQuestion(ctx.message) &&
        asksWhatMayBeDone(ctx.message) &&
        !asksTime(ctx.message) &&
        (await rescueByKnowledge(ctx, ctx.message))
      )
        return;
      return orderStatus(ctx);
  }
}

/**
 * "my mum is vegetarian": noted for her dish only (the customer's own constraints stay as they are);
 * asks which dish is hers, and that dish is then checked against her diet and allergies.
 */
async function noteGuestConstraint(
  ctx: TurnContext,
  cmd: CommandOf<'set_constraint'> & { person: string },
): Promise<void> {
  const who = ownerAsAddressed(cmd.person, 'subject');
  const whom = ownerAsAddressed(cmd.person, 'object');
  say(ctx, 'guest_constraint_noted', {
    who: who.charAt(0).toUpperCase() + who.slice(1),
    what: describeConstraint(cmd),
  });
  // "my daughter can't have nuts" while a dish waits on its option: about that dish, checked now, and
  // its question stays
  if (await checkWaitingDish(ctx, cmd, whom)) {
    log(ctx, 'dialog.constraint.guest', { diet: cmd.diet ?? null, allergies: cmd.allergies.length });
    return;
  }
  pushFrame(ctx, 'guest_dish', 'ask', {
    guest: { person: whom, ...(cmd.diet ? { diet: cmd.diet } : {}), allergies: cmd.allergies },
  });
  log(ctx, 'dialog.constraint.guest', { diet: cmd.diet ?? null, allergies: cmd.allergies.length });
}

/** A stated diet and allergies as the customer reads them back: "vegan, no peanuts or tree nuts". */
function describeConstraint(cmd: Pick<CommandOf<'set_constraint'>, 'diet' | 'allergies'>): string {
  const allergies = cmd.allergies.map((a) => a.replace('-', ' '));
  return [
    ...(cmd.diet ? [cmd.diet] : []),
    ...(allergies.length > 0 ? [`no ${joinList(allergies, 'or')}`] : []),
  ].join(', ');
}

/**
 * A message put as a question: a question mark at the end, or a question word or auxiliary first in
 * the message or in one of its clauses ("my food is already out for delivery, can i still cancel").
 */
function asksQuestion(message: string): boolean {
  if (/\?\s*$/.test(message)) return true;
  return message
    .toLowerCase()
    .split(/[,;.!]/)
    .some((clause) => QUESTION_START.has(clause.trim().split(/\s+/)[0] ?? ''));
}

/** What each checkout detail is for, said when the customer asks why it is needed. */
const WHY_PHRASE = {
  name: 'why_name',
  phone: 'why_phone',
  address: 'why_address',
  paymentMethod: 'why_paymentMethod',
  fulfillment: 'why_fulfillment',
} as const;

/** An edit that changes nothing but carries words the line cannot take (no count, option, note or swap). */
function isOnlyNotTaken(cmd: Omit<CommandOf<'update_item'>, 'notTaken'>): boolean {
  return (
    cmd.quantity === undefined &&
    !cmd.options?.length &&
    !cmd.without?.length &&
    !cmd.note &&
    !cmd.replaceWith &&
    !cmd.variant
  );
}

/**
 * "2 cokes" said again while the cart holds exactly 2 of it on one line, with nothing else said of the
 * dish and no required choice for it to ask: the `more_or_total` question is put ("You already have 2 × Coca-Cola. 2 in total, or 2 more?")
 * and true returned; false when the cart holds another count (the dish is added as usual).
 */
async function askMoreOrTotal(ctx: TurnContext, cmd: CommandOf<'add_item'>): Promise<boolean> {
  if (cmd.options.length > 0 || cmd.without.length > 0 || cmd.note) return false;
  // a dish that needs its own choice ("3 fig pizzas" again with 3 medium ones in the cart) is asked
  // that choice as a new line: the answer tells the two apart
  const item = ctx.deps.venue.menu.items.find((i) => i.id === cmd.itemId);
  const groups = ctx.deps.venue.menu.optionGroups.filter((g) => item?.optionGroups.includes(g.id));
  if (groups.some((g) => g.min > 0 && !g.choices.some((c) => c.default))) return false;
  const lines = (await currentCart(ctx))?.lines.filter((l) => l.itemId === cmd.itemId) ?? [];
  const line = lines[0];
  if (lines.length !== 1 || !line || line.quantity !== cmd.quantity) return false;
  pushFrame(ctx, 'more_or_total', 'ask', {
    itemId: line.itemId,
    lineId: line.id,
    name: line.name,
    quantity: cmd.quantity,
  });
  log(ctx, 'dialog.quantity.more_or_total_asked', { itemId: line.itemId });
  return true;
}

/**
 * "a birch beer and a cheese pizza": the option question of a dish not asked yet, waiting below a
 * question about another word, is said to come next, so the dish is not lost from view.
 */
function sayAskedNext(ctx: TurnContext, state: Parameters<typeof topFrame>[0]): void {
  const below = topFrame(state);
  if (below?.kind === 'choose_option' && !below.asked) {
    const draft = below.slots.draft as DraftLine;
    say(ctx, 'asked_next', {
      name: draft.quantity > 1 ? `${draft.quantity} × ${draft.name}` : draft.name,
    });
  }
}
