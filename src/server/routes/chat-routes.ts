import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { BotContext } from '../bot-context.ts';
import { ApiError, validationFailed } from '../http/api-error.ts';
import { tokenFromRequest } from '../http/session-token.ts';
import { streamRecorded, streamTurn } from '../http/sse.ts';
import { checkText } from './message-body.ts';
import { authed, resumeStream } from './session-routes.ts';

/** The body DefaultChatTransport sends (AI SDK 5/6). Only the last message is used. */
const ChatRequest = z.object({
  id: z.string().min(1).max(100),
  messages: z
    .array(
      z.object({
        id: z.string().max(200).optional(),
        role: z.enum(['user', 'assistant', 'system']),
        parts: z.array(z.looseObject({ type: z.string().max(100), text: z.unknown().optional() })).max(500),
      }),
    )
    .min(1)
    .max(1000),
  trigger: z.enum(['submit-message', 'regenerate-message']).default('submit-message'),
  messageId: z.string().max(200).optional(),
});

/** useChat sends the whole history each time; allow more than a single message's body limit. */
const CHAT_BODY_LIMIT = 512 * 1024;

export function registerChatRoutes(app: FastifyInstance, ctx: BotContext): void {
  app.post(
    '/v1/chat',
    { bodyLimit: Math.max(CHAT_BODY_LIMIT, ctx.config.bodyLimitBytes) },
    async (request: FastifyRequest<{ Querystring: { token?: string } }>, reply) => {
      const parsed = ChatRequest.safeParse(request.body ?? {});
      if (!parsed.success) throw validationFailed(parsed.error.issues);
      const chat = parsed.data;
      const sessionId = chat.id;
      await ctx.conversation.authenticate(
        sessionId,
        tokenFromRequest(request.headers.authorization, request.query?.token),
      );
      if (chat.trigger === 'regenerate-message') {
        const latest = await ctx.deps.streams.latest(sessionId);
        if (latest && (await streamRecorded(reply, ctx.deps.streams, latest, 0, sessionId))) return reply;
        throw new ApiError(400, 'NOTHING_TO_REGENERATE', 'There is no reply to regenerate yet.');
      }
      const last = chat.messages.at(-1);
      if (last?.role !== 'user')
        throw new ApiError(400, 'VALIDATION_FAILED', 'messages: the last message must be from the user.');
      const text = last.parts
        .filter((p) => p.type === 'text' && typeof p.text === 'string')
        .map((p) => p.text as string)
        .join('');
      const checked = checkText(text);
      await ctx.limits.consumeSession(sessionId);
      return streamTurn(reply, (listener) =>
        ctx.conversation.takeTurn(sessionId, checked, last.id, listener),
      );
    },
  );

  app.get(
    '/v1/chat/:id/stream',
    async (request: FastifyRequest<{ Params: { id: string }; Querystring: { token?: string } }>, reply) => {
      const id = await authed(ctx, request);
      return resumeStream(ctx, id, request, reply, true);
    },
  );
}
