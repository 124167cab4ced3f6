import { unitPattern, unitsOf } from '../../domain/measure-units.ts';

/**
 * The measures a choice's menu name carries: "Medium 12\"" is a Medium of 12", "Cup (8 oz)" a Cup of
 * 8 oz, "Large 18\" (8 slices)" a Large of 18" and 8 slices. What answers "how big is the large?" at a
 * size question, from the menu's own label and nothing else. Pure.
 */

/** A number with a unit of length, volume or count ("12\"", "7.5\"", "16 oz", "500 ml", "8 slices"). */
const MEASURE = new RegExp(
  `\\d+(?:\\.\\d+)?\\s*(?:${unitPattern(unitsOf(['length', 'volume', 'count']))})`,
  'gi',
);

export interface ChoiceMeasure {
  /** The name without its measures ("Medium", "Cup"); empty when the name is only a measure ("6 inch"). */
  word: string;
  /** The measures in the name, as written ("12\"", "8 slices"); empty when it gives none ("Footlong"). */
  measures: string[];
}

/** Splits a choice's name into its word and the measures it carries. */
export function choiceMeasure(name: string): ChoiceMeasure {
  const measures = [...name.matchAll(MEASURE)].map((m) => m[0].trim());
  const word = name
    .replace(MEASURE, ' ')
    .replace(/\(\s*[,;]?\s*\)/g, ' ')
    .replace(/\(\s*[,;]\s*/g, '(')
    .replace(/\s*[,;]\s*\)/g, ')')
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { word, measures };
}
