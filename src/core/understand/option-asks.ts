import { PhraseSet } from './phrase-set.ts';

/**
 * Ways of asking for a dish's option groups and their choices without naming a group: "what are my
 * options for the burger", "how can I customize the latte", "what extras can I get on the burrito".
 * Generic restaurant English, nothing venue-specific.
 */
export const OPTION_ASKS = new PhraseSet([
  'what are my options',
  'what are the options',
  'what options',
  'which options',
  'what are my choices',
  'what are the choices',
  'what choices',
  'which choices',
  'options for',
  'options on',
  'options with',
  'choices for',
  'choices on',
  'how can i customize',
  'how can i customise',
  'how do i customize',
  'how do i customise',
  'can i customize',
  'can i customise',
  'customization',
  'customizations',
  'customisation',
  'customisations',
  'what extras',
  'what add ons',
  'what addons',
  'what can i change',
  'how can i have',
  'what ways',
]);
