import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { BotContext } from '../bot-context.ts';
import { ApiError, overloaded } from '../http/api-error.ts';
import { toErrorReply } from '../http/error-body.ts';
import { checkText } from './message-body.ts';

const ClientFrame = z.discriminatedUnion('type', [
  z.object({ type: z.literal('auth'), sessionId: z.string().max(100), token: z.string().max(200) }),
  z.object({
    type: z.literal('message'),
    text: z.string(),
    clientMessageId: z.string().min(1).max(100).optional(),
  }),
  z.object({ type: z.literal('ping') }),
]);

const AUTH_TIMEOUT_MS = 10_000;

/** WebSocket /v1/ws: messages in, replies and pushes out (docs/api.md). */
export function registerWsRoute(app: FastifyInstance, ctx: BotContext): void {
  app.get(
    '/v1/ws',
    {
      websocket: true,
      // A plain HTTP GET (no Upgrade) gets a JSON error like every other route, not an empty 404.
      preHandler: async (request) => {
        if (!request.ws) throw new ApiError(426, 'UPGRADE_REQUIRED', 'connect with a WebSocket upgrade');
      },
    },
    (socket: WebSocket, request: FastifyRequest<{ Querystring: { sessionId?: string; token?: string } }>) => {
      let sessionId: string | undefined;
      let unsubscribe: (() => Promise<void>) | undefined;
      let closed = false;
      let queue = Promise.resolve();
      const send = (frame: unknown): void => {
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
      };
      const sendError = (error: unknown, clientMessageId?: string): number => {
        const { status, body } = toErrorReply(error);
        if (status >= 500) request.log.error({ err: error }, 'ws.error');
        send({ type: 'error', ...(clientMessageId ? { clientMessageId } : {}), ...body });
        return status;
      };

      const authenticate = async (id: string, token: string | undefined): Promise<void> => {
        try {
          await ctx.conversation.authenticate(id, token);
        } catch (error) {
          const status = sendError(error);
          socket.close(status === 401 ? 4401 : 4404, 'unauthorized');
          return;
        }
        sessionId = id;
        clearTimeout(authTimer);
        const session = await ctx.conversation.getView(id);
        send({ type: 'ready', sessionId: id, session });
        const off = await ctx.conversation.subscribe(id, (notification) => {
          ctx.metrics.pushes.inc({ channel: 'ws' });
          send({ type: 'notification', notification });
        });
        if (closed) await off();
        else unsubscribe = off;
      };

      const authTimer = setTimeout(() => {
        if (!sessionId) {
          send({ type: 'error', error: { code: 'UNAUTHORIZED', message: 'Authenticate first.' } });
          socket.close(4401, 'unauthorized');
        }
      }, AUTH_TIMEOUT_MS);

      const handle = async (raw: string): Promise<void> => {
        let frame: z.infer<typeof ClientFrame>;
        try {
          const parsed = ClientFrame.safeParse(JSON.parse(raw));
          if (!parsed.success) {
            send({
              type: 'error',
              error: { code: 'VALIDATION_FAILED', message: parsed.error.issues[0]?.message ?? 'bad frame' },
            });
            return;
          }
          frame = parsed.data;
        } catch {
          send({ type: 'error', error: { code: 'INVALID_JSON', message: 'Frames must be JSON.' } });
          return;
        }
        if (frame.type === 'ping') return send({ type: 'pong' });
        if (frame.type === 'auth') {
          if (sessionId)
            return send({
              type: 'error',
              error: { code: 'ALREADY_AUTHENTICATED', message: 'Already authenticated.' },
            });
          return authenticate(frame.sessionId, frame.token);
        }
        if (!sessionId) {
          send({ type: 'error', error: { code: 'UNAUTHORIZED', message: 'Authenticate first.' } });
          return;
        }
        const refusal = ctx.turns.enter();
        if (refusal) {
          ctx.metrics.shed.inc({ reason: refusal });
          sendError(overloaded(ctx.config.shedding.retryAfterSeconds), frame.clientMessageId);
          return;
        }
        try {
          await ctx.limits.consumeIp(request.ip);
          const text = checkText(frame.text);
          await ctx.limits.consumeSession(sessionId);
          const cmid = frame.clientMessageId ? { clientMessageId: frame.clientMessageId } : {};
          // text as it is produced, then the whole reply
          const result = await ctx.conversation.takeTurn(
            sessionId,
            text,
            frame.clientMessageId,
            ({ messageId, part }) => {
              if (part !== '[DONE]' && part.type === 'text-delta')
                send({ type: 'delta', messageId, ...cmid, delta: part.delta });
            },
          );
          send({
            type: 'reply',
            messageId: result.messageId,
            ...(frame.clientMessageId ? { clientMessageId: frame.clientMessageId } : {}),
            events: result.events,
            session: result.session,
          });
        } catch (error) {
          sendError(error, frame.clientMessageId);
        } finally {
          ctx.turns.leave();
        }
      };

      socket.on('message', (data, isBinary) => {
        if (isBinary)
          return send({ type: 'error', error: { code: 'INVALID_JSON', message: 'Send text frames.' } });
        const raw = data.toString();
        queue = queue
          .then(() => handle(raw))
          .catch((error) => {
            sendError(error);
          });
      });
      socket.on('close', () => {
        closed = true;
        clearTimeout(authTimer);
        unsubscribe?.().catch(() => {});
      });
      socket.on('error', () => {});

      const q = request.query ?? {};
      if (typeof q.sessionId === 'string' && q.sessionId.length > 0) {
        queue = queue
          .then(() => authenticate(q.sessionId as string, q.token))
          .catch((error) => {
            sendError(error);
          });
      }
    },
  );
}
