export { answerFact } from './answer-fact.ts';
export type { FactAnswer, FactSource, FactTopic } from './fact-answer.ts';
export { type FactQuestion, readFactQuestion } from './fact-question.ts';
