export {
  INTENTS,
  type Intent,
  type ParseContext,
  type ParsedLine,
  type ParseResult,
} from './parse-result.ts';
export { createUnderstanding, type Understanding } from './understanding.ts';
