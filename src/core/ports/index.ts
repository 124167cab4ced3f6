export type { BackendPort, CancelOrderResult, PlaceOrderResult } from './backend-port.ts';
export { type Clock, systemClock } from './clock.ts';
export { type IdSource, randomIds } from './id-source.ts';
export type {
  Embedder,
  IndexedChunk,
  IndexMatch,
  KnowledgeChunk,
  KnowledgeFilter,
  KnowledgeHit,
  KnowledgeIndex,
  KnowledgeQuery,
  KnowledgeRetriever,
  KnowledgeSource,
  RetrievalMode,
} from './knowledge-retriever.ts';
export type {
  ChatMessage,
  FinishReason,
  LanguageModel,
  ModelRequest,
  ModelResult,
  ModelStream,
  ObjectRequest,
  ObjectResult,
  TokenUsage,
  ToolCall,
  ToolChoice,
  ToolSet,
  ToolSpec,
} from './language-model.ts';
export { type Logger, silentLogger } from './logger.ts';
export type { PhraseContext, Phraser } from './phraser.ts';
export type { SessionStore } from './session-store.ts';
export {
  addUsage,
  assertWithinTokenBudget,
  estimateTokens,
  fitToTokenBudget,
  remainingTokens,
} from './token-budget.ts';
export type { TurnPart, TurnSink } from './turn-sink.ts';
