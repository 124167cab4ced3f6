import type { Allergen, Diet } from '../../domain/menu-schema.ts';

/** What a phrase of the menu lexicon can stand for. One phrase may stand for several things. */
export type LexEntry =
  | {
      kind: 'item';
      id: string;
      /** derived (head noun) rather than written in the menu */
      weak?: boolean;
      /** a one-word alias that is an everyday English word ("late" for latte): needs "a"/"the"/a number before it */
      common?: boolean;
    }
  | { kind: 'category'; id: string }
  /** `part`: a part of a two-part condiment name said alone ("oil"), read only beside a dish. */
  | { kind: 'choice'; group: string; choice: string; part?: true }
  | { kind: 'group'; group: string }
  | { kind: 'diet'; diet: Diet }
  | { kind: 'allergen'; allergens: Allergen[] /** "gluten free", "nut-free" */; free?: boolean }
  | { kind: 'tag'; tag: string }
  | { kind: 'mood'; id: string }
  /** A fixed food phrase the menu does not have ("salt and pepper"): its words are not options. */
  | { kind: 'phrase' };

export type LexKind = LexEntry['kind'];
