import { singularOf } from './singular.ts';

/**
 * Common names of dishes made of ordinary words (a general list shipped with the engine, never taken
 * from a venue), lowercase, two words or more: "eggs benedict", "sloppy joe", "split pea soup". Said
 * whole where the menu does not carry the dish, such a name is one dish the venue does not have, never
 * its parts read as the menu's ("eggs" of a breakfast, "soup" of another soup, "french" of French
 * Toast) nor an English phrase out of scope. Where every word of a name is the menu's, the words are
 * read as said (product-names.ts, segment.ts).
 */
export const COMMON_DISH_NAMES: readonly string[] = `
eggs benedict|egg benedict|huevos rancheros|steak and eggs|shrimp and grits|chicken and dumplings
|corned beef hash|chicken fried steak|country fried steak|chicken fried chicken|pot roast|pot pie
|chicken pot pie|meat loaf|sloppy joe|french dip|hush puppies|hushpuppies|pigs in a blanket|corn bread
|deviled eggs|potato skins|jalapeno poppers|cheese curds|baked potato|loaded potato|sweet potato fries
|mashed potatoes|mashed potato|home fries|hash browns|tater tots|chili fries|chili cheese fries
|clam chowder|corn chowder|french onion soup|matzo ball soup|split pea soup|tomato soup|lentil soup
|minestrone soup|chicken soup|beef stew|beef stroganoff|chicken parm|chicken parmesan|eggplant parm
|veal parm|chicken marsala|chicken piccata|chicken nuggets
|chicken tenders|chicken wings|buffalo wings|fish tacos|fish sandwich|crab cakes|crab cake|lobster roll|tuna melt
|egg salad|chicken salad|tuna salad|potato salad
|pasta salad|macaroni salad|club sandwich|grilled cheese|philly cheesesteak|po boy|monte cristo
|patty melt|reuben sandwich|cuban sandwich|banh mi|baby back ribs|spare ribs|rack of ribs
|shrimp cocktail|onion rings|mozzarella sticks|garlic bread|bread pudding|banana split
|key lime pie|pecan pie|sweet potato pie|strawberry shortcake|apple crisp|peach cobbler|rice pudding
|ice cream|ice cream sundae|hot fudge sundae|root beer float|carrot cake|chocolate cake|cheese cake
|french toast|biscuits and gravy|chicken and waffles|fish and chips|mac and cheese|mac n cheese
|macaroni and cheese|bangers and mash|surf and turf|spaghetti and meatballs|rice and beans
|refried beans|fried rice|fried pickles|corn dog|hot dog|chili dog|street corn|tortilla soup
|chile relleno|chiles rellenos|pozole rojo|tres leches`
  .split('|')
  .map((s) => s.trim())
  .filter((s) => s.includes(' '));

const NAMES: ReadonlySet<string> = new Set(COMMON_DISH_NAMES);

/**
 * Whether the text is a common dish name of {@link COMMON_DISH_NAMES} (its last word plural too: "crab
 * cakes"): a dish like others of the menu, offered the menu's dishes of its head noun or holding its
 * words, unlike a brand's product. Pure.
 */
export function isCommonDishName(text: string): boolean {
  if (NAMES.has(text)) return true;
  const words = text.split(' ');
  return NAMES.has([...words.slice(0, -1), singularOf(words.at(-1) as string)].join(' '));
}
