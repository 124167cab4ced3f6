import type { Menu } from '../../domain/menu-schema.ts';
import { normalize, type Token } from './normalize.ts';

/** A kind of (alcoholic) drink a venue may not serve: said back as "we don't serve {kind}". */
export type DrinkKind = 'beer' | 'wine' | 'cocktails' | 'alcohol';

/**
 * Words and phrases naming a kind of drink, each with its kind: "on tap", "draft", "ipa" are beer;
 * "prosecco" is wine; "margarita" a cocktail; "vodka", "booze" alcohol. Phrases are lowercase words.
 */
const DRINK_KIND_PHRASES: ReadonlyArray<readonly [string, DrinkKind]> = [
  ...words('beer beers brewski draft drafts draught draughts ale ales lager lagers', 'beer'),
  ...words('ipa ipas stout stouts pilsner pilsners', 'beer'),
  ['on tap', 'beer'],
  ['craft beer', 'beer'],
  ...words('wine wines prosecco champagne merlot chardonnay cabernet pinot riesling', 'wine'),
  ...words(
    'cocktail cocktails margarita margaritas mojito mojitos martini martinis mimosa mimosas',
    'cocktails',
  ),
  ['mixed drink', 'cocktails'],
  ['mixed drinks', 'cocktails'],
  ...words('alcohol alcoholic booze liquor liquors spirits whiskey whisky vodka tequila bourbon', 'alcohol'),
  ['hard seltzer', 'alcohol'],
  ['hard liquor', 'alcohol'],
];

function words(list: string, kind: DrinkKind): (readonly [string, DrinkKind])[] {
  return list.split(' ').map((w) => [w, kind] as const);
}

/** Words that make the drink word after them a soft drink or another thing ("root beer", "cold brew"). */
const NOT_ALCOHOL_BEFORE = new Set([
  'root',
  'ginger',
  'birch',
  'cold',
  'non',
  'nonalcoholic',
  'zero',
  'free',
]);
/** Words after the drink word that make it no drink of that kind ("wine vinegar", "beer battered"). */
const NOT_ALCOHOL_AFTER = new Set(['vinegar', 'battered', 'batter', 'cheese', 'sauce', 'free']);

/** A drink kind said in a message, with the words as said (`heard`) and their token range [start, end). */
export interface DrinkKindSaid {
  kind: DrinkKind;
  heard: string;
  start: number;
  end: number;
}

/**
 * The first (alcoholic) drink kind the tokens name, from the lexicon above ("whats on tap" → beer,
 * "any cocktails" → cocktails), not a soft drink sharing a word ("root beer", "ginger ale", "cold brew")
 * nor a food made with it ("wine vinegar"). Undefined when none is said. Pure.
 */
export function drinkKindSaid(tokens: readonly Token[]): DrinkKindSaid | undefined {
  for (let i = 0; i < tokens.length; i++) {
    for (const [phrase, kind] of DRINK_KIND_PHRASES) {
      const ws = phrase.split(' ');
      if (!ws.every((w, j) => tokens[i + j]?.norm === w)) continue;
      if (NOT_ALCOHOL_BEFORE.has(tokens[i - 1]?.norm ?? '')) continue;
      if (NOT_ALCOHOL_AFTER.has(tokens[i + ws.length]?.norm ?? '')) continue;
      return { kind, heard: phrase, start: i, end: i + ws.length };
    }
  }
  return undefined;
}

/**
 * The drink kinds the menu serves: those some available dish's name or alias names ("House Red Wine",
 * "Draft IPA"); "A&W Root Beer" serves no beer. Pure.
 */
export function servedDrinkKinds(menu: Menu): ReadonlySet<DrinkKind> {
  const known = SERVED.get(menu);
  if (known) return known;
  const out = new Set<DrinkKind>();
  for (const item of menu.items) {
    for (const name of [item.name, ...(item.aliases ?? [])]) {
      let rest = normalize(name).tokens;
      for (let said = drinkKindSaid(rest); said; said = drinkKindSaid(rest)) {
        out.add(said.kind);
        rest = rest.slice(said.end);
      }
    }
  }
  SERVED.set(menu, out);
  return out;
}
const SERVED = new WeakMap<Menu, ReadonlySet<DrinkKind>>();

/**
 * The drink kind a mention of a dish the menu lacks names whole or by its last word ("beer", "a pint of
 * lager", "house wine"), when the menu does not serve it; undefined otherwise ("root beer", "wine
 * vinegar", a menu serving wine). Pure.
 */
export function absentDrinkKindOf(mention: string, menu: Menu): DrinkKindSaid | undefined {
  const tokens = normalize(mention).tokens;
  const said = drinkKindSaid(tokens);
  if (!said || said.end !== tokens.length || servedDrinkKinds(menu).has(said.kind)) return undefined;
  return said;
}

/**
 * Words asking what the venue has or asking for it ("do you serve", "any", "what … do you have", "can I
 * get", "on tap"), on the normalized text: a drink kind said otherwise ("what wine goes with steak",
 * "how do I make a margarita") is no question about the menu.
 */
const ASKS_VENUE =
  /\b(?:(?:do|does|did) (?:you|u|ya|y'all|you guys|you all|they|the restaurant|this place)\b.*\b(?:have|serve|sell|carry|offer|got|stock|do)\b|any|anything|is there|are there|got|gotta|can i (?:get|have|order|grab)|could i (?:get|have|order|grab)|i(?:'d| would) like|i want|i'll have|i will have|gimme|give me|what(?:'s|s)? on|what (?:kind|kinds|sort|type|types) of|on tap|serving|served|sell|selling)\b/;

/**
 * A drink kind the message names that the menu does not serve ("what beers do you have" at a grill with
 * no beer), asked of the venue (`ASKS_VENUE`); undefined when none is said or the menu serves it.
 */
export function absentDrinkKind(tokens: readonly Token[], menu: Menu): DrinkKindSaid | undefined {
  const said = drinkKindSaid(tokens);
  if (!said) return undefined;
  const text = tokens.map((t) => t.norm).join(' ');
  const whatHave = /\bwhat\b.*\b(?:have|serve|offer|got|sell)\b/.test(text);
  if (!whatHave && !ASKS_VENUE.test(text)) return undefined;
  return servedDrinkKinds(menu).has(said.kind) ? undefined : said;
}
