import type { Diet } from '../../domain/menu-schema.ts';

/**
 * Generic words of animal-derived ingredients (no dish, no venue): which diet an ingredient that names
 * one of them keeps a dish in. Used only to say *why* a dish the menu marks non-vegan is not vegan; the
 * verdict itself is always the menu's `diet`. Source: common culinary usage.
 */
const ANIMAL_WORDS: ReadonlyMap<string, Diet> = new Map([
  ...words(
    'chicken beef pork lamb mutton goat veal bacon ham pepperoni salami sausage sausages prosciutto pancetta chorizo capicola soppressata meat meats meatball meatballs steak turkey duck anchovy anchovies fish salmon tuna cod shrimp shrimps prawn prawns crab lobster calamari squid octopus clam clams mussels oyster keema seekh gelatin gelatine lard',
    'non-vegetarian',
  ),
  ...words(
    'cheese cheeses mozzarella parmesan parmigiano pecorino ricotta feta gorgonzola provolone cheddar gouda fontina asiago burrata mascarpone paneer cream butter ghee milk yogurt yoghurt curd dahi buttermilk whey khoya malai egg eggs mayonnaise mayo honey custard',
    'vegetarian',
  ),
]);

/** Words that make an animal word plant-based ("vegan mozzarella", "oat milk", "cocoa butter", "eggless"). */
const PLANT_QUALIFIERS = new Set(
  'vegan plant plant-based oat soy soya almond coconut cashew peanut cocoa shea dairy-free eggless egg-free nut'.split(
    ' ',
  ),
);

function words(list: string, diet: Diet): Array<[string, Diet]> {
  return list.split(' ').map((w) => [w, diet]);
}

/**
 * The diet an ingredient keeps a dish in by its words: 'non-vegetarian' (meat, fish), 'vegetarian'
 * (dairy, eggs, honey), or undefined when it names no animal product or a plant-based one
 * ("vegan mozzarella", "coconut milk"). Whole words only ("eggplant" is not "egg").
 */
export function ingredientDiet(ingredient: string): Diet | undefined {
  const ws = ingredient.toLowerCase().split(/[^a-z-]+/);
  if (ws.some((w) => PLANT_QUALIFIERS.has(w))) return undefined;
  let found: Diet | undefined;
  for (const w of ws) {
    const d = ANIMAL_WORDS.get(w);
    if (d === 'non-vegetarian') return d;
    if (d) found = d;
  }
  return found;
}
