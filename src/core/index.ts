export { COMMAND_TYPES, Command, type CommandType } from './commands/command.ts';
export { generateCommands } from './commands/generate-commands.ts';
export { createDialogConfig, DialogConfig, type DialogConfigInput } from './config/dialog-config.ts';
export { parseContextOf } from './dialog/ask-question.ts';
export { ORDER_FLOW } from './dialog/order-flow.ts';
export { PATTERNS } from './dialog/patterns.ts';
export { StepBudgetExceededError } from './dialog/step-budget-error.ts';
export type { TurnDeps, UnderstandingPort } from './dialog/turn-deps.ts';
export { handleTurn, newSession, type TurnOptions, type TurnResult } from './handle-turn.ts';
export { type NormalizedMessage, normalizeMessage } from './normalize/normalize-message.ts';
export {
  createModelPhraser,
  type ModelPhraserOptions,
  type PhraseMetrics,
  type PhraseOutcome,
} from './phrase/model-phraser.ts';
export { createOutputGuard, type GuardIssue, type GuardIssueKind } from './phrase/output-guard.ts';
export type { PhrasePrompts } from './phrase/phrase-prompt.ts';
export { LruReplyCache, type ReplyCache } from './phrase/reply-cache.ts';
export * from './ports/index.ts';
export { type PhraseContext, PhraseFallback, type Phraser } from './ports/phraser.ts';
export { Act, type ActOf } from './respond/acts.ts';
export { BOT_EVENT_TYPES, BotEvent, type BotEventType } from './respond/bot-event.ts';
export { cartCard, describeLine } from './respond/cards.ts';
export { formatMoney } from './respond/format-money.ts';
export { type RenderContext, renderActs } from './respond/render-acts.ts';
export { type Reply, type RespondOptions, respond, templatePhraser } from './respond/respond.ts';
export { createSessionState, type Pending, SessionState } from './state/session-state.ts';
