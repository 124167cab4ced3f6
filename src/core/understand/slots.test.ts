import { describe, expect, it } from 'vitest';
import { readNoteAnswer } from './slot-readers.ts';
import { fixtureMenu, fixtureMoods, fixtureUnderstanding } from './test-fixture.ts';
import { createUnderstanding } from './understanding.ts';

const u = fixtureUnderstanding();
type Expecting = 'address' | 'name' | 'phone' | 'paymentMethod' | 'fulfillment';
const slots = (text: string, expecting?: Expecting) =>
  u.parse(text, expecting ? { expecting } : undefined).slots;
/** The fixture venue placed in the US: phone numbers are read as US numbers. */
const us = createUnderstanding(
  { ...fixtureMenu, venue: { ...fixtureMenu.venue, country: 'US' } },
  fixtureMoods,
);
const usSlots = (text: string, expecting?: Expecting) =>
  us.parse(text, expecting ? { expecting } : undefined).slots;

describe('checkout slots', () => {
  it('reads delivery or pickup in many words', () => {
    expect(slots('delivery please').fulfillment).toBe('delivery');
    expect(slots("I'll pick it up").fulfillment).toBe('pickup');
    expect(slots('I will collect').fulfillment).toBe('pickup');
    expect(slots('take away').fulfillment).toBe('pickup');
    expect(slots('do you deliver?').fulfillment).toBeUndefined();
  });

  it('takes the whole answer as the address when asked, else only "deliver to ..."', () => {
    expect(slots('221B Baker Street, London', 'address').address).toBe('221B Baker Street, London');
    expect(slots('deliver to 12 Baker Street')).toEqual({
      fulfillment: 'delivery',
      address: '12 Baker Street',
    });
    expect(slots('do you deliver to my area?').address).toBeUndefined();
  });

  it('reads a street address said unasked, by its shape: a house number, a name, a street word', () => {
    expect(slots('22 w 38th st apt 4').address).toBe('22 w 38th st apt 4');
    expect(slots("it's 14 Baker Street").address).toBe('14 Baker Street');
    expect(slots('1600 Pennsylvania Ave NW').address).toBe('1600 Pennsylvania Ave NW');
    expect(slots('ok 45 e 2nd ave').address).toBe('45 e 2nd ave');
    expect(slots('flat 4, 22 MG Road, Bangalore').address).toBe('flat 4, 22 MG Road, Bangalore');
    // no name between number and street word, a measure, a question, a dish: no address
    expect(slots('2 street tacos').address).toBeUndefined();
    expect(slots('we are a 10 minute drive away').address).toBeUndefined();
    expect(slots('is 5 main st in your delivery area?').address).toBeUndefined();
    expect(slots('2 margheritas').address).toBeUndefined();
    expect(slots('2 large margherita st').address).toBeUndefined();
    expect(slots('book me a cab to 12 elm street').address).toBeUndefined();
  });

  it('keeps a lower-case town, state and postcode after the street, unasked or asked', () => {
    expect(slots('221 baker street apt 4, new york ny 10014').address).toBe(
      '221 baker street apt 4, new york ny 10014',
    );
    expect(slots('1807 s lamar blvd, austin, tx 78704').address).toBe('1807 s lamar blvd, austin, tx 78704');
    expect(u.parse('221 baker street apt 4, new york ny 10014').intents[0]?.intent).toBe('provide_info');
    // no postcode closing them: lower-case words after the street are no part of it
    expect(slots('22 elm street, thanks so much').address).toBe('22 elm street');
  });

  it('reads a street named with an everyday street word only at its clause end', () => {
    expect(slots('42 wallaby way').address).toBe('42 wallaby way');
    expect(slots('1 infinite loop, apt 4').address).toBe('1 infinite loop, apt 4');
    expect(slots('7 abbey row flat 2').address).toBe('7 abbey row flat 2');
    expect(slots('3 for the way home').address).toBeUndefined();
    expect(slots('2 of them in a row please').address).toBeUndefined();
  });

  it('reads no address from an order said at the address question ("2 gulab jamun")', () => {
    expect(slots('2 gulab jamun', 'address').address).toBeUndefined();
    expect(slots('more please: 2 cokes', 'address').address).toBeUndefined();
    expect(slots('3 paneer tikka and a latte', 'address').address).toBeUndefined();
    // a street named like a dish is still a street
    expect(slots('22 pepperoni lane', 'address').address).toBe('22 pepperoni lane');
    expect(slots('4 latte street, apt 2', 'address').address).toBe('4 latte street, apt 2');
  });

  it('ends an address at "and" with an order after it, even after a compass "w"', () => {
    expect(slots('22 w 38th st apt 4 and 2 margheritas', 'address').address).toBe('22 w 38th st apt 4');
    expect(slots('22 w 38th st apt 4 and 2 margheritas').address).toBe('22 w 38th st apt 4');
  });

  it('reads a name said right before the phone number ("mike, 4155550134"), asked or not', () => {
    expect(usSlots('mike, 4155550134', 'address')).toEqual({ name: 'mike', phone: '(415) 555-0134' });
    expect(usSlots('mike, 4155550134')).toEqual({ name: 'mike', phone: '(415) 555-0134' });
    expect(usSlots('work 4155550134').name).toBeUndefined();
    expect(usSlots('thanks, 4155550134').name).toBeUndefined();
  });

  it('reads "its for raj" as the name when the name is the detail missing', () => {
    expect(u.parse('its for raj', { missing: ['name'] }).slots.name).toBe('raj');
    expect(u.parse('its for raj').slots.name).toBeUndefined();
    expect(u.parse('its for tonight', { missing: ['name'] }).slots.name).toBeUndefined();
  });

  it('reads names, but not states like "I\'m vegan" or "I\'m stressed"', () => {
    expect(slots('my name is John Smith').name).toBe('John Smith');
    expect(slots("I'm John").name).toBe('John');
    expect(slots("it's Maria", 'name').name).toBe('Maria');
    expect(slots("I'm vegan").name).toBeUndefined();
    expect(slots("I'm stressed").name).toBeUndefined();
    expect(slots("I'm hungry").name).toBeUndefined();
  });

  it('reads a name and a phone number said in one sentence', () => {
    expect(usSlots('my name is John and my number is 555 123 4567')).toEqual({
      name: 'John',
      phone: '(555) 123-4567',
    });
    expect(slots("I'm Priya, my phone is 555 000 1111").name).toBe('Priya');
  });

  it('reads a lower-case "im X" run up to a phone, and "name X" opening its clause', () => {
    expect(usSlots('im priya 917 555 0123')).toEqual({ name: 'priya', phone: '(917) 555-0123' });
    expect(usSlots('pickup im priya 9175550123', 'fulfillment').name).toBe('priya');
    expect(usSlots('pickup, name sam, 5125550199, card', 'fulfillment')).toEqual({
      fulfillment: 'pickup',
      name: 'sam',
      phone: '(512) 555-0199',
      paymentMethod: 'card',
    });
    // a state is still no name, phone or not
    expect(usSlots('im hungry 917 555 0123').name).toBeUndefined();
    expect(slots('im priya').name).toBeUndefined();
  });

  it('reads phone numbers and payment methods', () => {
    expect(usSlots('call me on 555-123-4567').phone).toBe('(555) 123-4567');
    expect(usSlots('+44 20 7946 0958', 'phone').phone).toBe('+44 20 7946 0958');
    expect(slots('by credit card').paymentMethod).toBe('card');
    expect(slots('cash on delivery').paymentMethod).toBe('cash');
    expect(slots('upi').paymentMethod).toBe('upi');
    expect(slots('apple pay').paymentMethod).toBe('wallet');
  });
});

describe('checkout slots: each answer validated as its slot (issue 7)', () => {
  it('a phone number at the address question fills the phone, not the address', () => {
    expect(usSlots('555-0100', 'address')).toEqual({ phone: '555-0100' });
    expect(usSlots('it is 555.010.0100', 'address')).toEqual({ phone: '(555) 010-0100' });
  });

  it('a question or a yes is never a name, an address or a phone', () => {
    for (const expecting of ['name', 'address', 'phone'] as const) {
      expect(usSlots('how much is it so far?', expecting)).toEqual({});
      expect(usSlots('yes', expecting)).toEqual({});
      expect(usSlots('ok sure', expecting)).toEqual({});
      expect(usSlots('what do you mean', expecting)).toEqual({});
    }
    expect(usSlots('no idea', 'name')).toEqual({});
    expect(usSlots('talk to a person', 'name')).toEqual({});
    expect(usSlots('a margherita', 'name')).toEqual({});
  });

  it('"card" at the name question is a payment method, not a name', () => {
    expect(usSlots('card', 'name')).toEqual({ paymentMethod: 'card' });
    expect(usSlots('cash please', 'name').name).toBeUndefined();
  });

  it('"can I use apple pay?" is a question, not a payment choice', () => {
    expect(usSlots('can I use apple pay?', 'paymentMethod').paymentMethod).toBeUndefined();
    expect(usSlots('do you take cash?', 'paymentMethod').paymentMethod).toBeUndefined();
    expect(usSlots('is paypal ok?').paymentMethod).toBeUndefined();
    expect(usSlots("I'll pay with apple pay", 'paymentMethod').paymentMethod).toBe('wallet');
    expect(usSlots('can I pay by card', 'paymentMethod').paymentMethod).toBe('card');
  });

  it('details volunteered in one sentence fill their own slots, each cut at its clause', () => {
    const parse = us.parse("two margheritas for delivery to 12 Elm Street, I'm Sam, 555-0100, paying cash");
    expect(parse.slots).toEqual({
      fulfillment: 'delivery',
      address: '12 Elm Street',
      name: 'Sam',
      phone: '555-0100',
      paymentMethod: 'cash',
    });
    expect(parse.lines.map((l) => [l.itemId, l.quantity])).toEqual([['margherita-pizza', 2]]);
    expect(usSlots('deliver to 4 Oak Road, Springfield, my name is Ana Lee, by card')).toEqual({
      fulfillment: 'delivery',
      address: '4 Oak Road, Springfield',
      name: 'Ana Lee',
      paymentMethod: 'card',
    });
    // without commas each detail still ends where the next one starts
    expect(usSlots("two margheritas for delivery to 12 Elm Street I'm Sam 555-0100 paying cash")).toEqual({
      fulfillment: 'delivery',
      address: '12 Elm Street',
      name: 'Sam',
      phone: '555-0100',
      paymentMethod: 'cash',
    });
    expect(usSlots('pickup please, name is Jo and my number is 415 555 0100')).toEqual({
      fulfillment: 'pickup',
      name: 'Jo',
      phone: '(415) 555-0100',
    });
  });

  it('a number the customer names as their phone goes to the phone check even when invalid', () => {
    // a UK mobile at a US venue: not read as nothing, so the checkout can say why it was refused
    expect(usSlots('my number is 07700 900123').phone).toBe('07700 900123');
    expect(usSlots('text me on 0770090012345').phone).toBe('0770090012345');
    // without a phone word or the phone question, invalid digits are no phone
    expect(usSlots('07700 900123').phone).toBeUndefined();
  });

  it('reads phone numbers in their written and spoken forms', () => {
    expect(usSlots('555.010.0100', 'phone').phone).toBe('(555) 010-0100');
    expect(usSlots('(555) 010 0100', 'phone').phone).toBe('(555) 010-0100');
    expect(usSlots('five five five zero one zero zero', 'phone').phone).toBe('555-0100');
    expect(usSlots('my number is four one five, five five five, oh one double oh').phone).toBe(
      '(415) 555-0100',
    );
  });

  it('a short number volunteered is a phone only in its shape or after "my number is"', () => {
    expect(usSlots('order 12345678 is late').phone).toBeUndefined();
    expect(usSlots('deliver on 12/25/2026').phone).toBeUndefined();
    expect(usSlots("I'm Sam, 555 0100").phone).toBe('555-0100');
    expect(usSlots('ph 5550100').phone).toBe('555-0100');
    expect(usSlots('5550100', 'phone').phone).toBe('555-0100');
  });

  it('an invalid number at the phone question is given to the phone check, not dropped', () => {
    expect(usSlots('12345', 'phone').phone).toBe('12345');
    expect(usSlots('12345').phone).toBeUndefined();
  });

  it('an address that is only its own clause, and a name that is only a name', () => {
    expect(usSlots('12 Elm Street please', 'address').address).toBe('12 Elm Street');
    expect(usSlots('flat 4, 22 MG Road, Bangalore', 'address').address).toBe('flat 4, 22 MG Road, Bangalore');
    expect(usSlots('Sam', 'address')).toEqual({});
    expect(usSlots('Sam here', 'name').name).toBe('Sam');
    expect(usSlots('sam lee', 'name').name).toBe('sam lee');
    expect(usSlots('Maria de la Cruz', 'name').name).toBe('Maria de la Cruz');
    expect(usSlots('same as last time', 'address')).toEqual({});
    expect(usSlots('Old Mill Lane, Riverside', 'address').address).toBe('Old Mill Lane, Riverside');
    // a menu word is a name only when written as one, at the name question
    expect(usSlots('Olive', 'name').name).toBe('Olive');
    expect(usSlots('olive', 'name').name).toBeUndefined();
  });

  it('reads a name after "and", "name\'s" and "Name:", and cuts the address before it', () => {
    expect(usSlots('deliver to 12 elm street springfield and my name is bo')).toEqual({
      fulfillment: 'delivery',
      address: '12 elm street springfield',
      name: 'bo',
    });
    expect(usSlots("the name's Bond").name).toBe('Bond');
    expect(usSlots('Name: Jo Park, phone 555-0199')).toEqual({ name: 'Jo Park', phone: '555-0199' });
  });

  it('a spoken phone number is no order of drinks named "zero"', () => {
    const parse = us.parse('my number is five five five zero one zero zero', { expecting: 'phone' });
    expect(parse.slots.phone).toBe('555-0100');
    expect(parse.lines).toEqual([]);
  });
});

describe('filters, constraints and moods', () => {
  it('reads browse filters', () => {
    expect(u.parse('what vegan mains do you have').filters).toEqual({
      diet: 'vegan',
      category: 'mains',
      allergenFree: [],
    });
    expect(u.parse('anything without nuts').filters.allergenFree).toEqual(['tree-nuts', 'peanuts']);
    expect(u.parse('nut free desserts').filters).toMatchObject({
      category: 'desserts',
      allergenFree: ['tree-nuts', 'peanuts'],
    });
    expect(u.parse('no dairy please, what mains are there').filters.allergenFree).toEqual(['milk']);
    expect(u.parse('anything not spicy?').filters.maxSpice).toBe(1);
    expect(u.parse('do you have veg options').filters.diet).toBe('vegetarian');
    expect(u.parse('non-veg dishes?').filters.diet).toBe('non-vegetarian');
  });

  it('reads standing constraints', () => {
    expect(u.parse("I'm vegan").constraints).toEqual({ diet: 'vegan', allergies: [] });
    expect(u.parse('I have a nut allergy').constraints.allergies).toEqual(['tree-nuts', 'peanuts']);
    expect(u.parse("I'm allergic to shellfish").constraints.allergies).toEqual(['crustaceans', 'molluscs']);
  });

  it('reads moods from the venue file', () => {
    expect(u.parse("I'm stressed").mood).toBe('stressed');
    expect(u.parse('something cosy').mood).toBe('cozy');
    expect(u.parse("it's my birthday").mood).toBe('celebrating');
  });
});

describe('kitchen notes (the notes row)', () => {
  it('takes a note, not a question, a yes or a declining no', () => {
    expect(readNoteAnswer('ring the bell twice')).toBe('ring the bell twice');
    expect(readNoteAnswer('no onions please')).toBe('no onions please');
    // a yes, a no and a hedge are answers, never a note
    expect(readNoteAnswer('yes... actually no')).toBeUndefined();
    expect(readNoteAnswer('um, wait, never mind')).toBeUndefined();
    // a decline or hedge at the optional notes question is a skip, never the note
    for (const t of [
      "I'd rather not",
      'prefer not',
      "don't think so",
      "can't think of anything",
      'I will pass',
    ]) {
      expect(readNoteAnswer(t)).toBeUndefined();
    }
    expect(readNoteAnswer("don't cut it")).toBe("don't cut it");
    expect(readNoteAnswer('yes, ring the bell')).toBe('yes, ring the bell');
    expect(readNoteAnswer('could you cut it in half?')).toBe('could you cut it in half?');
    for (const t of [
      'yes',
      'ok',
      'no thanks',
      "nothing else, I'm good",
      'what time will it be ready?',
      'is it spicy?',
    ])
      expect(readNoteAnswer(t)).toBeUndefined();
  });
});

describe('bare digits on a venue with no country', () => {
  it('are the phone beside the name at the name question ("mike, 4155550134")', () => {
    expect(slots('mike, 4155550134', 'name')).toMatchObject({ name: 'mike', phone: '4155550134' });
  });

  it('are no phone said unasked, nor under ten digits', () => {
    expect(slots('mike 4155550134').phone).toBeUndefined();
    expect(slots('mike, 41555501', 'name').phone).toBeUndefined();
  });
});

describe('checkout details as customers type them (checkout trial)', () => {
  it('takes bare digits as the phone whenever checkout details are being given, no venue country', () => {
    expect(slots('pickup 4155550134', 'fulfillment')).toMatchObject({
      fulfillment: 'pickup',
      phone: '4155550134',
    });
    expect(slots('pickup, Ana, 4155550134', 'fulfillment')).toMatchObject({
      name: 'Ana',
      phone: '4155550134',
    });
    expect(slots('4155550134', 'fulfillment').phone).toBe('4155550134');
    // beside another detail's cue, with no question pending
    expect(slots('3 samosas for pickup, my name is Li 4155550134')).toMatchObject({
      fulfillment: 'pickup',
      name: 'Li',
      phone: '4155550134',
    });
    expect(u.parse('sam 4155550134', { missing: ['name'] }).slots.phone).toBe('4155550134');
  });

  it('never takes an approval at the name question as the name', () => {
    for (const t of ['perfect', 'looks good', 'sounds great', 'great', 'yep looks good'])
      expect(slots(t, 'name').name).toBeUndefined();
    expect(slots('Dan', 'name').name).toBe('Dan');
  });

  it('reads paying in person as cash, unless a method is named', () => {
    expect(slots("i'll pay when it arrives", 'paymentMethod').paymentMethod).toBe('cash');
    expect(slots('i will pay at the counter', 'paymentMethod').paymentMethod).toBe('cash');
    expect(slots("i'll pay the driver").paymentMethod).toBe('cash');
    expect(slots("i'll pay by card when it arrives").paymentMethod).toBe('card');
    expect(slots('card on pickup').paymentMethod).toBe('card');
    expect(slots('can i pay when it arrives?').paymentMethod).toBeUndefined();
    // the words of paying are no name in a list of details
    expect(usSlots("pickup, Al, 512 555 0144, i'll pay when i pick it up", 'fulfillment')).toEqual({
      fulfillment: 'pickup',
      name: 'Al',
      phone: '(512) 555-0144',
      paymentMethod: 'cash',
    });
  });

  it('keeps directions with the address and ends it at the postcode', () => {
    expect(slots('22 Elm Street, next to the gas station', 'address').address).toBe(
      '22 Elm Street, next to the gas station',
    );
    expect(
      usSlots('deliver to 1200 K St, Sacramento, CA 95814, across the street from the library'),
    ).toMatchObject({
      address: '1200 K St, Sacramento, CA 95814, across the street from the library',
    });
    expect(usSlots('delivery, 1420 16th St apt 3, 95811, Priya Shah, (916) 555-0142', 'fulfillment')).toEqual(
      {
        fulfillment: 'delivery',
        address: '1420 16th St apt 3, 95811',
        name: 'Priya Shah',
        phone: '(916) 555-0142',
      },
    );
    // a unit after the postcode is still the address's
    expect(usSlots('delivery to 45 River Rd, Riverton 78610, unit 2').address).toBe(
      '45 River Rd, Riverton 78610, unit 2',
    );
  });
});
