/**
 * Small filler words understanding reads around what is ordered: words that carry no dish, option or
 * value themselves, only how the parts of a sentence hang together. Beside courtesy-words.ts (courtesy,
 * articles, acknowledgements), the other filler sets understanding shares. General English, never a
 * venue's words.
 */

/**
 * Words an option is ordered with when no dish is named ("add avocado", "a side of hot honey", "extra
 * shot"): for `choicesSaidAlone` (shared-choice-dishes.ts) where the options can only be asked about,
 * never taken as a dish.
 */
export const OPTION_ORDER_WORDS: ReadonlySet<string> = new Set(['add', 'side', 'of', 'on', 'with', 'extra']);

/**
 * Words that tie what comes before to the dish after ("rye toast with the omelet", "cheddar on my
 * burger", "ranch for the wings"): option-with-dish.ts reads the choice before as that dish's.
 */
export const DISH_TIES: ReadonlySet<string> = new Set(['with', 'on', 'for']);

/**
 * Copulas that may stand between an option and a preparation request said of it ("can the bacon be
 * extra crispy", "the onions are well done", "the fries come crispy"): with-prep-notes.ts reads past
 * them to the option.
 */
export const COPULAS: ReadonlySet<string> = new Set(['be', 'is', 'are', 'come', 'comes', 'get', 'gets']);
