import { singularOf } from '../understand/singular.ts';
import { joinAfterArticle } from './definite-name.ts';

/**
 * The bot's wording: a warm, concise persona, several variants per message. The variant is chosen by a
 * seed derived from the session and turn, so a conversation replays identically in tests.
 */
export const PHRASES = {
  greet: [
    'Hi! Welcome to {venue}. What can I get you today?',
    'Hello, and welcome to {venue}! What would you like?',
  ],
  /** A greeting answered beside an order or a question: no "what would you like?" before what was asked. */
  greet_brief: ['Hi!', 'Hello!'],
  greet_again: ['Hi again!'],
  goodbye: ['Thanks for stopping by. Enjoy your day!', 'Bye for now, and enjoy your meal!'],
  thanks: ['My pleasure!', "You're welcome!"],
  bot_challenge: [
    "I'm Maitre, {venue}'s ordering assistant: a bot, not a person. Ask me anytime for the team's contact details.",
  ],
  capabilities: [
    'I can show the menu, suggest something for your mood, answer questions about {venue}, and take your order for delivery or pickup.',
  ],
  help: [
    'You can say things like "show me the vegan mains", "two cokes and a {example}", "what\'s in the {example}?", or "talk to a person".',
  ],
  smalltalk: [
    "Ha, I'm better at food than small talk. Hungry for anything?",
    'I hear you! Can I get you something to eat?',
  ],
  why_name: ["It's so the team knows whose order it is when it's ready."],
  why_phone: ["It's only so the team can reach you if something comes up with your order."],
  why_address: ["It's where the driver brings your order."],
  why_paymentMethod: [
    'So the team knows how you will pay; cards are paid only through a secure payment link.',
  ],
  why_fulfillment: ['So the team knows whether to deliver your order or have it ready for pickup.'],
  take_your_time: ["Take your time, I'm here when you're ready.", "No rush, just tell me when you're ready."],
  apology: ["Sorry about that, I'll keep it quick.", "Sorry for the trouble, let's get this done quickly."],
  table_booking: ["We don't take table bookings, sorry. I can take an order for pickup or delivery."],
  out_of_scope: [
    "Sorry, that's outside what I can help with. I can take your order or answer questions about {venue}.",
    "I'm afraid I can't help with that one. I'm here for {venue}'s menu and your order.",
  ],
  added: ['Added {what}.', 'Got it: {what}.', '{what}: added.'],
  removed: ['Removed {what}.', 'Done, {what} is out.'],
  nothing_to_remove: ["There's nothing like that in your order."],
  not_in_cart: ["There's no {what} in your order."],
  updated: ['Updated: {what}.', 'Sure, changed to {what}.', 'Done, now {what}.'],
  halves_offer: [
    "Sorry, I can't ask the kitchen for half-and-half through the chat. Shall I make it one {what} instead, the same all over? Or tell me two separate ones, one of each.",
  ],
  halves_offer_separate: [
    "Sorry, I can't ask the kitchen for half-and-half through the chat. Shall I add them as separate dishes instead: {what}?",
  ],
  not_on_dish: ["The {name} doesn't come with {what}, so there's nothing to take off."],
  option_not_taken: [
    "The {name} doesn't come with {what} as an option, so I've left that out.",
    "We don't offer {what} with the {name}, so I've left that out.",
  ],
  removal_noted: [
    "Taking {what} off isn't a menu option for the {name}, so I've passed it to the kitchen as a note; they'll do their best.",
  ],
  pending_options: ['Noted: {what} for the {name}.'],
  pending_quantity: ['Noted: {quantity} × {name}.'],
  choice_not_offered: [
    'Sorry, "{heard}" isn\'t one of the choices for the {name}: we have {list}.',
    'Sorry, we don\'t have "{heard}" for the {name}. The choices are {list}.',
  ],
  choice_pointer_tie: ['"{heard}" fits more than one choice for the {name}: {list}.'],
  choice_pointer_none: ['"{heard}" fits none of the choices for the {name}.'],
  choice_pointer_unrated: ['The choices for the {name} don\'t say which is "{heard}".'],
  choice_nearest: ["We don't have {heard} for the {name}; the nearest we have are {list}."],
  asked_next: ["I'll ask about the {name} next.", "Next I'll ask about the {name}."],
  line_note: ['Noted for the kitchen: {note} ({name}).'],
  summary_notes: ['Kitchen notes: {what}.'],
  pending_without: ['Sure, the {name} without {what}.', 'Noted: no {what} on the {name}.'],
  split_rest: ['The rest stay as they were: {what}.'],
  copy_which_dish: ["Another of which dish? Tell me its name and I'll add it."],
  note_which_dish: [
    "Happy to ask the kitchen to {request}. Which dish is that for? Tell me the dish and I'll add the note to it.",
  ],
  which_dish: ['Which dish do you mean? Tell me its name and I will check.'],
  no_variant: ["There's no {variant} version of the {name} on our menu, so I've left it as it is."],
  replaced: ['Swapped it: {what} instead of {old}.'],
  changed_to: ['Changed to {what}.'],
  /** A swap that named nothing new for the line: nothing changed, the customer is asked what instead. */
  swap_unclear: [
    "Sorry, I couldn't tell what you'd like instead of the {name}, so I've left it as it is. You can say \"swap it for\" and the full name of the dish.",
  ],
  /** An edit that leaves the line as it was. */
  already_so: ["That's already {what}, so nothing needed changing."],
  anything_else: [
    'Anything else, or shall we check out?',
    'Would you like anything else, or are you ready to check out?',
  ],
  what_else: ['Sure, what would you like?', 'Of course. What else can I get you?'],
  cart_empty: [
    'Your order is empty so far. What would you like?',
    'Nothing in your order yet. What can I get you?',
  ],
  /** The turn took the cart's last dish off ("never mind" after the first add). */
  cart_emptied: ['Your order is empty now. What would you like instead?'],
  /** The cart asked for while its first dish waits on an option: the question follows. */
  cart_empty_waiting: ['Nothing is in your order yet: the {item} goes in once you choose.'],
  cart_intro: ["Here's your order so far, {total} in total:", 'Your order so far comes to {total}:'],
  ask_fulfillment: ['Delivery or pickup?', 'Would you like it delivered, or will you pick it up?'],
  ask_fulfillment_delivery_only: ["We deliver only: what's the delivery address?"],
  ask_address: ["What's the delivery address?", 'Where should we deliver it?'],
  ask_name: ['What name should I put the order under?', 'And your name, please?'],
  ask_phone: ["What's the best phone number to reach you?", 'Which phone number can we call if needed?'],
  ask_payment: ['How would you like to pay: {methods}?', 'Payment: {methods}?'],
  ask_notes: [
    'Any notes for the kitchen? You can say "skip".',
    'Anything the kitchen should know? Or say "skip".',
  ],
  summary: ["Here's your order. Shall I place it?", 'All set. Shall I place the order?'],
  placed: ['Your order {order} is placed. Thank you!', 'Done! Order {order} is placed. Thank you!'],
  pay_link: ['Pay {amount} here: {url}', 'Here is your payment link for {amount}: {url}'],
  pay_cash: ['You can pay {amount} in cash on {when}.'],
  not_placed: ["No problem, I haven't placed it. What would you like to change?"],
  not_placed_yet: ["I haven't placed it yet.", "Your order isn't placed yet."],
  summary_yes_or_no: ['Nothing more to add, then.'],
  ask_option: ['{prompt}'],
  /** "you pick" at an option question: the choice the bot made, said. */
  option_picked_for_you: ["I've gone with {choice} for {name}."],
  /** A required choice whose prices differ, asked with each choice's price difference. */
  ask_option_priced: ['Which {group} for {name}: {choices}?'],
  ask_option_more: ['For {name} you have {held}. Pick {count} more: {choices}.'],
  option_needed: [
    'I still need the {group} for the {name} before I can add it (or say "remove it" to leave it out).',
  ],
  ask_quantity: ['How many {name} would you like?', 'Sure. How many {name}?'],
  ask_more_or_total: ['You already have {quantity} × {name}. {quantity} in total, or {quantity} more?'],
  kept_total: [
    'OK, {quantity} × {name} in total, as you have. Anything else?',
    'Sure, keeping {quantity} × {name} in total. Anything else?',
  ],
  confirm_quantity: [
    'Just checking: {quantity} × {name}? That is a lot.',
    'That is {quantity} × {name}. Shall I add them all?',
  ],
  quantity_refused_line: [
    "Sorry, I can't take {quantity} × {name} in one order: the limit is {max} per item. Please call the restaurant for large orders.",
  ],
  quantity_refused_item_room: [
    "Sorry, I can't add {quantity} × {name}: you already have {inCart} and the limit is {max} per item. I can add up to {room} more.",
  ],
  quantity_refused_item_full: [
    "Sorry, I can't add more {name}: you already have {inCart}, the most I can take per item. Please call the restaurant for large orders.",
  ],
  quantity_not_positive: ["A quantity has to be at least 1, so I didn't add any {name}."],
  quantity_not_positive_change: [
    'A quantity has to be at least 1, so I left it as it was. To take something out, say "remove" and its name.',
  ],
  quantity_refused_order: [
    'Sorry, that would take your order to {total} items, above our limit of {max}. Please call the restaurant for large orders.',
  ],
  quantity_declined: ['Okay, I left them out. For fewer, just say how many, like "3 × {name}".'],
  left_out: ["No problem, I've left the {name} out."],
  unavailable: ['Sorry, {name} is not available right now.', "I'm sorry, we're out of {name} at the moment."],
  low_stock: ['Sorry, we only have {available} × {name} left.'],
  alternatives: ['How about {list}?', 'You might like {list} instead.'],
  diet_conflict: ['Heads up: {name} {reasons}. Add it anyway, or pick something else?'],
  diet_note: ['Note: {name} {reasons}.', 'Just so you know, {name} {reasons}.'],
  diet_conflict_cart: ['Noted. Heads up: {name} in your order {reasons}.'],
  diet_conflict_in_cart: [
    'Heads up: the {name} in your order {reasons}. Tell me if you would like it taken off or swapped for something else.',
  ],
  summary_conflict: ['Heads up: {name} in your order {reasons}. Tell me if you would like it taken off.'],
  constraint_noted: [
    "Noted: {what}. I'll flag anything that doesn't fit.",
    "Got it, {what}. I'll keep that in mind.",
  ],
  guest_constraint_noted: ['Noted. {who}: {what}.'],
  ask_guest_dish: ["Which dish is for {whom}? I'll make sure it fits."],
  ask_guests_dishes: ["Which dishes are for {whom}? I'll make sure they fit."],
  reask_some_choices: ['Which would you like on {name}: {choices}?'],
  waiting_dish_fits: ['By our menu, the {name} fits that.'],
  waiting_choices_conflict: ['Of its choices, {choices} would not fit ({reasons}).'],
  pick_another: ['Sure. {alternatives}', 'No problem. {alternatives}'],
  unknown_item: [
    'Sorry, we don\'t have "{heard}" on our menu.',
    'Hmm, we don\'t have "{heard}", I\'m afraid.',
  ],
  unknown_items: ["Sorry, we don't have {list} on our menu.", "Hmm, we don't have {list}, I'm afraid."],
  did_you_mean: ['Did you mean {list}?'],
  offer_instead: ['We do have {list}. Would you like one of those?'],
  absent_drink_kind: ["Sorry, we don't serve {what} here.", "I'm afraid we don't serve {what}."],
  message_cut: [
    'Your message was long, so I read only its first {max} characters.',
    'That message was long, so I only read its first {max} characters.',
  ],
  not_understood: [
    "Sorry, I didn't quite get that. Could you say it another way?",
    "I'm not sure I followed. Could you rephrase?",
  ],
  offer_handoff: [
    "I'm having trouble helping with this. Would you like the contact details of a person on our team?",
  ],
  handoff: [
    "I can't bring a person into this chat yet, but the {venue} team is glad to help directly: {route}",
    "A person can't join this chat yet, sorry. To talk to the {venue} team, {route}",
  ],
  handoff_no_route: [
    "I can't bring a person into this chat yet, sorry. Please contact {venue} directly; I'm happy to keep helping here meanwhile.",
  ],
  handoff_declined: ["Okay, let's keep going."],
  cancel_confirm: ['Cancel your order and clear the cart?', 'Do you want me to cancel this order?'],
  cancelled: [
    'Order cancelled and cart cleared. Anything else I can do?',
    "Okay, I've cancelled it. Let me know if you'd like anything else.",
  ],
  goodbye_open_cart: [
    "Before you go: your order isn't placed yet. I'll keep your cart for when you're back. Would you like me to cancel it instead?",
  ],
  goodbye_cart_kept: ['Bye for now! Your cart is kept, so you can pick up where you left off.'],
  cancel_kept: ["Great, let's keep going.", "No problem, I'll keep your order."],
  nothing_to_cancel: ["There's nothing to cancel right now. Can I get you something?"],
  resume: ['Now, back to your order: {question}', 'Back to your order: {question}'],
  repeat_nothing: ["I haven't said anything yet! What would you like?"],
  skip_required: ['I do need that one to place the order.'],
  skipped: ['Okay, skipping that.'],
  too_many_pending: ["Let's finish the open questions first; then ask me again for the {name}."],
  cannot_add: ["Sorry, I couldn't do that for the {name}: {reason}."],
  order_refused_fixable: ["Sorry, the restaurant couldn't accept the order yet: {message}."],
  notes_go_ahead: ['Sure, what should I tell the kitchen?'],
  noted_name: ['Thanks, {value}.', 'Nice to meet you, {value}.'],
  noted_phone: ['Got your number.'],
  noted_address: ['Delivering to {value}.'],
  slot_noted: ['Noted: {what}.', 'Got it: {what}.'],
  slot_corrected: ['Updated your {slot} to {value}.', 'Sure, {slot} changed to {value}.'],
  bad_phone: [
    "Hmm, that doesn't look like a complete phone number. Could you give it with the area code (or + and the country code for a number abroad)?",
  ],
  card_details_dropped: [
    "Please don't send card details in the chat: I've ignored them. You'll pay only through the secure payment link once the order is placed.",
  ],
  bad_address: ['I need the full address, with street and number.'],
  ask_when: [
    'What time would you like it for? (Or say "as soon as possible".)',
    'For what time should we have it ready? Or say "as soon as possible".',
  ],
  when_past: ["Sorry, that time ({time}) has already gone by, so I can't schedule it for then."],
  when_closed: ["Sorry, we're closed {time}: {hours}. Please pick another time."],
  when_closed_day: ["Sorry, we're closed {time}. Please pick another time."],
  bad_when: [
    'Sorry, I didn\'t catch the time. You can say "7:30 pm", "in 30 minutes" or "as soon as possible".',
  ],
  address_outside_zone: [
    'Sorry, {place} is outside our delivery area: we deliver to {area}. You can choose pickup instead, or give another address.',
  ],
  address_outside_zone_no_pickup: [
    'Sorry, {place} is outside our delivery area: we deliver to {area}. Could you give another address?',
  ],
  bad_payment: ['Sorry, we take {methods}. Which would you like?'],
  bad_fulfillment: ["Sorry, we don't offer {value}."],
  fact_answer: ['{answer} (from our {source})'],
  knowledge_answer: ['From our {source}: {answer}', '{answer} (from our {source})'],
  practice_unmarked: [
    "Our menu doesn't mark any dish as {diet}, so I can't tell you which ones are. I can tell you what's in any dish you're considering.",
  ],
  fact_missing: ["I don't have {what} here, sorry."],
  knowledge_unknown: ["I'm not sure about that, and I'd rather not guess.", "I don't know that one, sorry."],
  knowledge_unsure: [
    "I'm not sure this answers it, but our {source} says: {answer}",
    "I'm not certain, but this is what I found in our {source}: {answer}",
  ],
  browse_intro: ['Here {verb} {what}:', 'Sure, {what}:'],
  property_none: ["None of our dishes is marked {property} on our menu, I'm afraid."],
  property_all: ['Everything on our menu reads as {property}, as far as the menu says.'],
  browse_intro_many: [
    'We have {count} {what}. Ask for {categories} to narrow it down, or here they are:',
    'There are {count} {what}; ask for {categories} to see fewer. Here they are:',
  ],
  browse_empty: [
    "There are no {what} on our menu, I'm afraid.",
    "We don't have any {what} on our menu, sorry.",
  ],
  /** After a list of dishes free of an allergen, when the documents say nothing of cross-contact. */
  allergen_list_caution: [
    "That's going by our menu's allergen information; please tell our staff about any allergy when you order, as the kitchen can't rule out traces of {allergens}.",
  ],
  /** A list free of an allergen asked of a menu that declares no allergens. */
  allergen_data_missing: [
    "Our menu doesn't list allergens, so I can't tell which dishes are free of {allergens}. Please ask our staff before ordering.",
  ],
  menu_offer: ['We do have {categories}. Would you like to see one of those?'],
  browse_nearest: ['The nearest we have are our {what}:'],
  recommend: [
    'I suggest the {name} ({price}). {explanation}Shall I add it?',
    'How about the {name} ({price})? {explanation}Want me to add it?',
  ],
  recommend_mood_none: ["I'm afraid nothing on our menu really fits {mood} today, sorry."],
  recommend_none: ["I couldn't find a good match for that on today's menu, sorry. Want to see the menu?"],
  offer_declined: ['No problem. Anything else you fancy?'],
  /** {about}: the description and "Ingredients: …." as the menu gives them, else "one of our <category>." */
  item_info: ['{name}: {about} Allergens: {allergens}. {spice} {price}.'],
  // item questions (issue 8): every figure and fact from the backend's menu
  item_options: [
    'For the {name}, the {groupChoices} are {list}.',
    'The {name} comes with a choice of {group}: {list}.',
  ],
  /** The dish's serving temperature from its "hot or iced" group (serving-temperature-answer.ts). */
  item_served_default: ['The {name} is served {standard} by default; you can have it {other}.'],
  item_served_either: ['The {name} can be served {list}.'],
  item_options_menu: ['Our {groupChoices} are {list}.', 'For {group}, you can pick {list}.'],
  /** "do you have almond milk" (choice-availability.ts): the choice, its group and where it is taken. */
  choice_available: ['Yes, {choice} is one of our {groupChoices} ({where}).'],
  choice_absent: ["Sorry, we don't have {heard}. Our {groupChoices} are {list}."],
  item_option_yes: ['Yes, you can have the {name} with {choices}.'],
  /** "does it have cheese?" of the dish in focus (item-info.ts answerHeld). */
  item_holds_yes: ['Yes, the {name} comes with {what}.'],
  item_holds_described: ['Yes, the {name} has {what}: {description}'],
  item_holds_addable: ["The {name} doesn't come with {what} as standard, but you can add {choices}."],
  item_holds_no: ["No, the menu doesn't list {what} in the {name}."],
  /** "how big is the large": the choice's measures from its menu name (choice-measure.ts). */
  item_choice_measure: ['For the {name}, the {choice} is {measures}.'],
  item_choice_no_measure: ["The menu doesn't give a measure for the {name}'s {choice} beyond its name."],
  item_option_no: ["No, the {name} doesn't come with {choices}."],
  item_options_none: ["The {name} doesn't have a {group} choice."],
  item_option_groups: ['For the {name} you can choose {groups}.'],
  item_no_options: ['The {name} comes as it is, with no options to choose.'],
  item_options_rule: ['{rule}'],
  item_diet_yes: ['Yes, {subject} is {diet}.'],
  item_cross_contact: ['Please note, from our menu: {note}'],
  item_diet_no: ['No, {subject} is not {diet}: {reasons}.'],
  item_diet_fix: ['It can be {diet} {fix}.'],
  item_flag_yes: ['Yes, {subject} is marked {flag} on our menu.'],
  item_flag_no: ["{Subject} isn't marked {flag} on our menu, so I can't promise it."],
  // no "yes"/"no" first: "is it ok for a nut allergy?" and "does it have nuts?" ask opposite ways
  item_allergen_yes: ['{Subject} contains {list}.'],
  item_allergen_no: ['{Subject} has no {list} declared.'],
  item_allergen_optional: ['{choices} would add {allergen}.'],
  item_allergen_alternative: ['{choices} is an option without {allergen}.'],
  item_allergens_list: ['{Subject} contains {list}.'],
  item_allergens_none: ['{Subject} has no declared allergens.'],
  /** An allergen question about a dish of a menu that declares no allergens at all. */
  item_allergens_unlisted: [
    "Our menu doesn't list allergens for the {name}, so I can't say; please ask our staff.",
  ],
  item_spice: ['The {name} is {level}.'],
  /** A dish the menu does not rate for spice: {hint} from `heatHint` (its heat words, never a level). */
  heat_unrated: ["The menu doesn't rate the heat of the {name}{hint}."],
  /** A spice cap over dishes some of which the menu does not rate: {hint} names the heat words left out. */
  browse_heat_unrated: ["The menu doesn't rate the heat of {some}{hint}."],
  /** Spiciest or mildest asked where the menu rates no dish's heat ({names}: dishes by their words). */
  superlative_heat_unrated: ["The menu doesn't rate how spicy its dishes are; {finding}."],
  /** Spiciest asked where the menu rates only some dishes: the unrated ones whose words say heat. */
  superlative_heat_also: [
    "The menu doesn't rate every dish's heat; it also mentions something hot for the {names}.",
  ],
  menu_superlative: ['Our {what} is the {name} ({detail}).'],
  menu_superlative_tied: ['Tied for our {what}: the {names} ({detail} each).'],
  /** "the vegan one" when no dish of the card shown lately is ({what}: the attribute as said). */
  none_listed_fit: ['None of those is {what}. Which of them would you like?'],
  /** "your biggest burrito" where the menu gives no measure to rank them by ({noun}: the kind said). */
  sizes_not_given: ["The menu doesn't say how big each {noun} is, so I can't tell which is the {what}."],
  /** "the cheapest one" of a picked kind: the dish chosen by its price or size, before it is added. */
  ranked_pick: ['The {what} is the {name} ({detail}).'],
  ranked_pick_plain: ['The {what} is the {name}.'],
  item_spice_choice: ['You can have it {choices}.'],
  item_price: ['{Subject} is {price}.'],
  /** The price of one cart line ("how much is that?" right after adding it): the backend's line total. */
  line_price: ['Your {Line} is {price}.'],
  line_price_each: ['Your {Line} come to {price}, {each} each.'],
  item_choice_price: ['{Subject} adds {price}.'],
  item_choice_free: ['{Subject} comes at no extra charge.'],
  item_choice_facts: ['{Subject} is {diet} and {allergens}.'],
  item_price_by_group: ['The {name} is {list}.'],
  item_ingredients: ['The {name} is made with {ingredients}.'],
  /** The menu gives no ingredients for the dish: it says so, never that an ingredient is absent. */
  item_ingredients_unlisted: [
    "Our menu doesn't list the ingredients of the {name}, so I can't say exactly what's in it.",
  ],
  item_comes_with: ['It comes with {defaults}.'],
  order_status: ['Your order {order} is {status}.', 'Order {order}: {status}.'],
  no_order: ["You haven't placed an order in this chat yet."],
  order_recap: [
    'Your order {order} ({status}): {lines}. Total {total}.',
    'Here is your order {order}, now {status}: {lines}. Total {total}.',
  ],
  order_cancel_confirm: ['Cancel order {order} ({total})?', 'Shall I cancel order {order} ({total})?'],
  order_cancelled: ['Order {order} is cancelled.', 'Done: order {order} is cancelled.'],
  refund_paid: ['Anything you already paid goes back to your original payment method.'],
  order_cancel_kept: ['No problem, order {order} stands.', 'Okay, I have kept order {order}.'],
  order_already_cancelled: ['Order {order} is already cancelled.'],
  order_cancel_refused_status: [
    "Sorry, order {order} is already {status}, so I can't cancel it here: {venue} takes cancellations in the chat while an order is {statuses}, within {minutes} minutes of ordering.",
  ],
  order_cancel_refused_window: [
    "Sorry, I can't cancel order {order} here any more: {venue} takes cancellations in the chat within {minutes} minutes of ordering.",
  ],
  order_cancel_off: ["Sorry, orders at {venue} can't be cancelled in the chat."],
  ask_team: ['To ask the team about it, {route}'],
  ask_team_no_route: ['Please contact {venue} directly about it.'],
  safety_self_harm: [
    "I'm really sorry you're going through this, and I'm glad you said something. You deserve support right now: if you or anyone else is in danger, please call your local emergency number, or contact a crisis line in your country, or someone you trust. You don't have to face this alone.",
  ],
  out_of_stock_order: ["Sorry, we couldn't place it: {list}. Would you like to change those?"],
  order_rejected: ["Sorry, the restaurant couldn't accept the order: {message}"],
  internal_error: [
    'Sorry, something went wrong on our side. Please try that again in a moment.',
    'Oops, I hit a snag there. Could you try again?',
  ],
  kitchen_unreachable: [
    "I can't reach the kitchen right now, so I couldn't update your order. Please try that again in a moment.",
  ],
  kitchen_unreachable_read: [
    "I can't reach the kitchen right now, so I can't look that up. Please try again in a moment.",
  ],
  kitchen_unreachable_order_kept: [
    "I can't reach the kitchen right now to bring your order back up; nothing in it has changed.",
  ],
  menu_maybe_stale: [
    "(I can't reach the kitchen right now, so that is from the last menu I have and may be out of date.)",
  ],
  menu_maybe_stale_short: ['(That is from the last menu I have and may be out of date.)'],
  order_kept_unchanged: ["Your order is kept as it was; I'll bring it back up once I can reach the kitchen."],
  budget_exceeded: [
    'Sorry, that was more than I can handle in one go. Could you tell me one thing at a time?',
  ],
  budget_partial: [
    'That was a lot at once, so I stopped there. Could you tell me the rest one thing at a time?',
  ],
  already_placed: ['Your order {order} is already placed.'],
  choose_which: ['Which one: {list}?'],
  choose_which_with: ['Which one would you like with {with}: {list}?'],
  choose_which_as: ['{with} comes as {list}. Which would you like?'],
  /** "extra chicken" said alone: an optional choice, a few of the dishes that take it offered. */
  choose_dish_for_option: ['{with} goes with dishes like the {list}. Which one would you like it with?'],
  /** Something added after the order was placed: it goes on a new order, said so once. */
  cart_locked_new: ["Your order {order} is already placed, so I've started a new order for this."],
  delivery_minimum_ask: ['Add something more, or choose pickup?'],
  /** Said when delivery is chosen below the minimum: a note, the flow's next question follows it. */
  delivery_minimum_note: [
    'Delivery needs a minimum order of {min} (your subtotal is {subtotal}), so add a little more before checkout, or switch to pickup.',
  ],
  delivery_minimum: [
    'Delivery needs a minimum order of {min}; your subtotal is {subtotal}. Add something, or choose pickup?',
  ],
} as const satisfies Record<string, readonly string[]>;

export type PhraseKey = keyof typeof PHRASES;

/** FNV-1a, 32-bit: a small stable hash for choosing variants. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Renders one phrase, choosing the variant from `seed`; `{name}` placeholders are filled from `vars`. */
export function phrase(key: PhraseKey, seed: string, vars: Record<string, string | number> = {}): string {
  const variants: readonly string[] = PHRASES[key];
  // a single variant needs no hash (any hash modulo 1 is 0)
  const template = variants.length === 1 ? variants[0]! : variants[variantHash(seed, key) % variants.length]!;
  if (!template.includes('{')) return template;
  let parts = TEMPLATE_PARTS.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    TEMPLATE_PARTS.set(template, parts);
  }
  let out = parts[0]!;
  // a name with its own article takes the template's place ("the {name}" of "The Godfather")
  for (let i = 1; i < parts.length; i += 2) {
    const value = String(vars[parts[i]!] ?? '');
    out = joinAfterArticle(out, value) + agreeing(parts[i]!, value, parts[i + 1]!);
  }
  return out;
}

/** Placeholders naming a dish, whose verb agrees with the name ("the Garlic Knots are"). */
const DISH_VARS = new Set(['name', 'subject', 'Subject']);
/** A verb right after a placeholder, and its plural. */
const VERB_AFTER = /^ (is|has|isn't|was|contains)\b/;
const PLURAL_VERB: Readonly<Record<string, string>> = {
  is: 'are',
  has: 'have',
  "isn't": "aren't",
  was: 'were',
  contains: 'contain',
};

/**
 * The template text after a dish placeholder, its first verb made plural when the dish's name ends in a
 * plural noun ("The {name} is made with" for Garlic Knots: "are"); a name ending in a singular word
 * ("Chips & Salsa", "Hummus") keeps "is"; "They" takes the plural too. `singularOf` decides what a plural is.
 */
function agreeing(key: string, value: string, after: string): string {
  if (!DISH_VARS.has(key)) return after;
  const verb = VERB_AFTER.exec(after)?.[1];
  if (verb === undefined || !(isPluralName(value) || /^they$/i.test(value))) return after;
  return ` ${PLURAL_VERB[verb]}${after.slice(verb.length + 1)}`;
}

/** True when a dish's name ends in a plural noun ("Garlic Knots", "the Fries"; not "Hummus", "Chips & Salsa"). */
export function isPluralName(name: string): boolean {
  const last = /([A-Za-z]+)\W*$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return last.endsWith('s') && singularOf(last) !== last;
}

/**
 * Each template with placeholders, split at them once: text, name, text, …, text (bounded by PHRASES).
 * Filling the parts is the same as replacing every `{name}`, at a fraction of its cost.
 */
const TEMPLATE_PARTS = new Map<string, readonly string[]>();

/** The last seed hashed, with FNV-1a's state after `${seed}:` (a turn's phrases share one seed). */
let lastSeed: string | undefined;
let lastSeedHash = 0;

/** `hashSeed(`${seed}:${key}`)`, the seed's part hashed once for consecutive phrases of one seed. */
function variantHash(seed: string, key: string): number {
  if (seed !== lastSeed) {
    let h = 0x811c9dc5;
    for (let i = 0; i < seed.length; i++) {
      h ^= seed.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x3a; // ':'
    lastSeedHash = Math.imul(h, 0x01000193);
    lastSeed = seed;
  }
  let h = lastSeedHash;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** "a, b and c" */
export function joinList(parts: readonly string[], last = 'and'): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${last} ${parts.at(-1)}`;
}
