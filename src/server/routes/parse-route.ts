import type { FastifyInstance } from 'fastify';
import type { BotContext } from '../bot-context.ts';
import { ApiError } from '../http/api-error.ts';
import { parseMessageBody } from './message-body.ts';

export function registerParseRoute(app: FastifyInstance, ctx: BotContext): void {
  app.post('/v1/parse', async (request) => {
    const { text } = parseMessageBody(request.body);
    if (!ctx.deps.parse)
      throw new ApiError(501, 'NOT_AVAILABLE', 'Parsing is not available in this deployment.');
    return ctx.deps.parse(text);
  });
}
