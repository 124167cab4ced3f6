import type { ItemQuestionReading } from './item-question.ts';

/**
 * "does it have milk", "any soy in it": the item-question reader read allergens asked of no named dish, so
 * of the dish in focus, whichever allergen word said it (`PRONOUN_INFO` names only the commonest). Pure.
 */
export function allergenOfFocus(reading: ItemQuestionReading | undefined): boolean {
  return (
    reading !== undefined &&
    !reading.subject &&
    reading.question.topic === 'allergens' &&
    (reading.question.allergens?.length ?? 0) > 0
  );
}
