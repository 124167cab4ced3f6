export { answerFact } from './answer-fact.ts';
export type { FactAnswer, FactSource, FactTopic } from './fact-answer.ts';
export { type FactQuestion, namesDay, readFactQuestion } from './fact-question.ts';
export { answerOpenAt } from './open-at.ts';
