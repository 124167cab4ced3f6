import type { BotDeps } from './bot-deps.ts';
import type { BotConfig } from './config/parse-bot-config.ts';
import type { ConversationService } from './conversation/conversation-service.ts';
import type { RateLimits } from './http/rate-limits.ts';
import type { TurnGate } from './http/turn-gate.ts';
import type { BotMetrics } from './metrics/bot-metrics.ts';

/** What every route module receives. */
export interface BotContext {
  deps: BotDeps;
  config: Readonly<BotConfig>;
  conversation: ConversationService;
  metrics: BotMetrics;
  limits: RateLimits;
  /** The bound on turns in flight (SHED_MAX_TURNS_IN_FLIGHT), shared by every door. */
  turns: TurnGate;
}
