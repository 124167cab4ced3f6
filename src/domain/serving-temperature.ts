type Named = { name: string; aliases: readonly string[] };

const wordsOf = (c: Named) =>
  [c.name, ...c.aliases]
    .join(' ')
    .toLowerCase()
    .split(/[^a-z]+/);

/** A choice that serves the dish cold ("Iced", "Cold"). */
export const coldChoice = (c: Named): boolean => wordsOf(c).some((w) => w === 'iced' || w === 'cold');

/** A choice that serves the dish hot ("Hot", "Hot (standard)"). */
export const hotChoice = (c: Named): boolean => wordsOf(c).includes('hot');

/**
 * A serving-temperature group: a choice named "hot" beside one named "iced" or "cold" ("Hot or Iced");
 * not a heat scale ("Mild, Medium, Hot") nor a topping ("Hot Cherry Peppers"). Pure.
 */
export function isTemperatureGroup(group: { choices: readonly Named[] }): boolean {
  const known = TEMPERATURE_GROUPS.get(group);
  if (known !== undefined) return known;
  const is = group.choices.some(hotChoice) && group.choices.some(coldChoice);
  TEMPERATURE_GROUPS.set(group, is);
  return is;
}

/** `isTemperatureGroup` by group object: a menu's groups are read-only data, asked about every turn. */
const TEMPERATURE_GROUPS = new WeakMap<object, boolean>();

/** The choice of a temperature group that a temperature names ("cold" → "Iced"). Pure. */
export function servingChoice<C extends Named>(
  group: { choices: readonly C[] },
  temperature: 'hot' | 'cold',
): C | undefined {
  return group.choices.find(temperature === 'hot' ? hotChoice : coldChoice);
}
