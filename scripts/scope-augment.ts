/**
 * Training-data augmentation for the scope classifier (scripts/train-scope.ts), so that it generalises
 * past the two faults the plain CLINC150 rows teach it:
 *
 * - a menu word decides the class. CLINC's other-domain requests rarely name food, so the item and
 *   category placeholders (`xitemx`, `xcatx`) only ever appear in `restaurant` rows and outweigh a
 *   clear other-domain head ("buy me running shoes so i can burn off the fries"). MENU_MENTION_FRAMES
 *   wrap a share of the tuned CLINC out-of-scope rows in a clause that mentions a dish, a category or a
 *   meal without asking the venue for anything.
 * - a request about words (translate, spell, pronounce) takes any word as its object, a dish too
 *   ("translate garlic bread to spanish"): WORD_TASK_TEMPLATES train such requests as `out_of_scope`.
 * - remarks about the assistant itself ("you are slow", "this bot is clever") are small talk, which
 *   CLINC covers thinly: ASSISTANT_REMARK_TEMPLATES add them to `chitchat`.
 *
 * Generic English frames written for this file; no sentence is copied from an eval set. Slots: {text}
 * the CLINC row, {item} {cat} {meal} as in scope-templates.ts, {quality} a word about the assistant,
 * {language} a language.
 */
export const MENU_MENTION_FRAMES: readonly string[] = [
  '{text} for the {item}',
  '{text} before i order a {item}',
  '{text} while i eat my {item}',
  '{text} after {meal}',
  '{text}, i just had a {item}',
  '{text} near the {cat} place',
  '{text} before {meal}',
  '{text} so i can have {cat} later',
  'i am eating {cat} right now, {text}',
  'after my {item}, {text}',
  '{text}, the {item} can wait',
  '{text} during {meal}',
];

/** Share of the tuned CLINC out-of-scope rows that also train in one menu-mention frame. */
export const MENU_MENTION_SHARE = 0.15;

/** Remarks about the assistant (small talk, not a request). */
export const ASSISTANT_REMARK_TEMPLATES: readonly string[] = [
  'you are {quality}',
  'you are so {quality}',
  'wow you are {quality}',
  'your so {quality}',
  'this bot is {quality}',
  'this chat is {quality}',
  'you are kind of {quality}',
  'you are really {quality} today',
  '{quality} bot',
  'such a {quality} assistant',
];

/** Words about the assistant for ASSISTANT_REMARK_TEMPLATES. */
export const QUALITIES: readonly string[] = [
  'slow',
  'fast',
  'funny',
  'smart',
  'clever',
  'dumb',
  'useless',
  'annoying',
  'weird',
  'boring',
  'cute',
  'rude',
  'sweet',
  'silly',
  'quick',
  'stupid',
  'polite',
  'lazy',
];

/** Requests about words, whose object may be a dish's name: another assistant's task. */
export const WORD_TASK_TEMPLATES: readonly string[] = [
  'translate {item} to {language}',
  'translate {item} into {language}',
  'how do you say {item} in {language}',
  'how would i say {cat} in {language}',
  'what is the {language} word for {item}',
  'what is {cat} called in {language}',
  'how do you spell {item}',
  'spell {item} for me',
  'how do you pronounce {item}',
  'say {item} in {language}',
];

/** Languages for WORD_TASK_TEMPLATES. */
export const LANGUAGES: readonly string[] = [
  'hindi',
  'spanish',
  'french',
  'italian',
  'german',
  'japanese',
  'tamil',
  'arabic',
  'chinese',
  'portuguese',
];
