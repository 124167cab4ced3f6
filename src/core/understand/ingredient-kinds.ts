/**
 * Kind words customers use for a whole class of ingredients, and the ingredient words of each kind
 * (general culinary English, singular keys as `normalize` gives them; no dish, no venue): "no cheese" on
 * a sandwich made with provolone, "hold the meat" on one made with salami. Source: common culinary
 * usage; each list holds only words that name nothing but a member of the kind.
 */
const KINDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    cheese:
      'mozzarella parmesan parmigiano pecorino ricotta feta gorgonzola provolone cheddar gouda fontina asiago burrata mascarpone paneer brie camembert halloumi manchego gruyere emmental havarti muenster colby monterey jack swiss american queso cotija',
    meat: 'beef pork lamb mutton goat veal bacon ham pepperoni salami sausage prosciutto pancetta chorizo capicola soppressata mortadella meatball steak turkey chicken duck keema brisket pastrami corned',
    nut: 'cashew almond walnut pecan pistachio hazelnut macadamia peanut',
    herb: 'cilantro coriander parsley basil mint dill oregano thyme rosemary chive tarragon sage',
  }).map(([kind, members]) => [kind, new Set(members.split(' '))]),
);

/**
 * Whether an ingredient's folded keys (`removalKeys`) name a member of the kind `kind` ("cheese" and
 * ["sharp", "provolone"]). False when `kind` is no kind word. Pure.
 */
export function isOfKind(kind: string, ingredientKeys: readonly string[]): boolean {
  const members = KINDS.get(kind);
  return members !== undefined && ingredientKeys.some((k) => members.has(k));
}

/** Whether a folded word names a member of any kind ("provolone", "chicken", "mint"). Pure. */
export function isKindMember(key: string): boolean {
  for (const members of KINDS.values()) if (members.has(key)) return true;
  return false;
}
