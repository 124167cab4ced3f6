import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { BotContext } from '../bot-context.ts';
import { tokenFromRequest } from '../http/session-token.ts';
import { openSse, parseLastEventId, sseEvent, streamRecorded, streamTurn } from '../http/sse.ts';
import { parseMessageBody, wantsEventStream } from './message-body.ts';

type WithId = FastifyRequest<{ Params: { id: string }; Querystring: { token?: string } }>;

/** Authenticates the request for the session in its path. */
export async function authed(ctx: BotContext, request: WithId): Promise<string> {
  const id = request.params.id;
  await ctx.conversation.authenticate(
    id,
    tokenFromRequest(request.headers.authorization, request.query?.token),
  );
  return id;
}

/**
 * Resumes the session's latest reply stream after `Last-Event-ID` (or from its start). 204 when none, or,
 * with `onlyActive` (the AI SDK resume route), when the latest reply is already complete.
 */
export async function resumeStream(
  ctx: BotContext,
  sessionId: string,
  request: WithId,
  reply: FastifyReply,
  onlyActive = false,
) {
  const last = parseLastEventId(request.headers['last-event-id']);
  const latest = await ctx.deps.streams.latest(sessionId);
  if (!last && onlyActive && latest && (await ctx.deps.streams.read(latest, 0))?.complete)
    return reply.code(204).send();
  if (last && (await streamRecorded(reply, ctx.deps.streams, last.messageId, last.seq + 1, sessionId)))
    return reply;
  if (!latest || !(await streamRecorded(reply, ctx.deps.streams, latest, 0, sessionId)))
    return reply.code(204).send();
  return reply;
}

export function registerSessionRoutes(app: FastifyInstance, ctx: BotContext): void {
  // Push streams never end by themselves: end them when the server closes, so shutdown is not held up.
  const open = new Set<{ end(): void }>();
  app.addHook('preClose', async () => {
    for (const raw of open) raw.end();
  });
  app.post('/v1/sessions', async (request, reply) => {
    await ctx.limits.consumeSessionCreate(request.ip);
    const created = await ctx.conversation.createSession();
    return reply.code(201).send(created);
  });

  app.get('/v1/sessions/:id', async (request: WithId) => {
    const id = await authed(ctx, request);
    return ctx.conversation.getView(id);
  });

  app.post('/v1/sessions/:id/messages', async (request: WithId, reply) => {
    const id = await authed(ctx, request);
    const body = parseMessageBody(request.body);
    await ctx.limits.consumeSession(id);
    if (wantsEventStream(request.headers.accept))
      return streamTurn(reply, (listener) =>
        ctx.conversation.takeTurn(id, body.text, body.clientMessageId, listener),
      );
    const result = await ctx.conversation.takeTurn(id, body.text, body.clientMessageId);
    return { messageId: result.messageId, events: result.events, session: result.session };
  });

  app.get('/v1/sessions/:id/stream', async (request: WithId, reply) => {
    const id = await authed(ctx, request);
    return resumeStream(ctx, id, request, reply);
  });

  app.get('/v1/sessions/:id/events', async (request: WithId, reply) => {
    const id = await authed(ctx, request);
    openSse(reply);
    const raw = reply.raw;
    const unsubscribe = await ctx.conversation.subscribe(id, (n) => {
      ctx.metrics.pushes.inc({ channel: 'sse' });
      raw.write(sseEvent(n.id, JSON.stringify({ type: 'data-notification', id: n.id, data: n })));
    });
    const keepalive = setInterval(() => raw.write(': keepalive\n\n'), 15_000);
    raw.write(': connected\n\n');
    open.add(raw);
    raw.on('close', () => {
      open.delete(raw);
      clearInterval(keepalive);
      unsubscribe().catch(() => {});
    });
    return reply;
  });
}
