import { ChatApiError } from './chat-api-error.ts';
import { readSse } from './sse-parser.ts';
import {
  asCardEvent,
  asNotification,
  asSessionView,
  type CardEvent,
  isRecord,
  type Notification,
  type SessionCredentials,
  type SessionView,
} from './wire-types.ts';

/** Callbacks for one reply stream (the AI SDK UI message stream, docs/api.md). */
export interface ReplyHandlers {
  onTextStart(id: string): void;
  onTextDelta(id: string, delta: string): void;
  onTextEnd(id: string): void;
  onCard(card: CardEvent): void;
  onNotification(notification: Notification): void;
  onSession(view: SessionView): void;
}

/** The bot API as the page uses it: sessions, streamed messages, the session view. */
export interface ChatApi {
  createSession(): Promise<SessionCredentials>;
  getSession(session: SessionCredentials): Promise<SessionView>;
  sendMessage(
    session: SessionCredentials,
    text: string,
    clientMessageId: string,
    handlers: ReplyHandlers,
  ): Promise<void>;
  /** URL of the push channel, for EventSource (the token goes in the query). */
  eventsUrl(session: SessionCredentials): string;
}

const auth = (s: SessionCredentials) => ({ authorization: `Bearer ${s.token}` });
const path = (s: SessionCredentials, rest = '') => `/v1/sessions/${encodeURIComponent(s.sessionId)}${rest}`;

async function call(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ChatApiError('NETWORK', 'The chat service could not be reached.', 0);
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

/** Reads `{error:{code,message}}` and `Retry-After` off a failed response. */
async function errorOf(response: Response): Promise<ChatApiError> {
  let code = `HTTP_${response.status}`;
  let message = response.statusText || 'Request failed';
  try {
    const body: unknown = await response.json();
    if (isRecord(body) && isRecord(body.error)) {
      if (typeof body.error.code === 'string') code = body.error.code;
      if (typeof body.error.message === 'string') message = body.error.message;
    }
  } catch {
    // not JSON: keep the status
  }
  const header = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
  return new ChatApiError(code, message, response.status, Number.isFinite(header) ? header : undefined);
}

async function json(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new ChatApiError('BAD_RESPONSE', 'The chat service sent an unreadable answer.', response.status);
  }
}

/** Dispatches one UI message stream part to its handler; unknown parts are ignored. */
function dispatchPart(part: unknown, handlers: ReplyHandlers): void {
  if (!isRecord(part) || typeof part.type !== 'string') return;
  const id = typeof part.id === 'string' ? part.id : '';
  switch (part.type) {
    case 'text-start':
      handlers.onTextStart(id);
      return;
    case 'text-delta':
      if (typeof part.delta === 'string') handlers.onTextDelta(id, part.delta);
      return;
    case 'text-end':
      handlers.onTextEnd(id);
      return;
    case 'data-session': {
      const view = asSessionView(part.data);
      if (view) handlers.onSession(view);
      return;
    }
    case 'data-notification': {
      const notification = asNotification(part.data);
      if (notification) handlers.onNotification(notification);
      return;
    }
    case 'error':
      throw new ChatApiError('STREAM_FAILED', String(part.errorText ?? 'The reply failed.'), 200);
    default:
      if (part.type.startsWith('data-')) {
        const card = asCardEvent(part.data);
        if (card) handlers.onCard(card);
      }
  }
}

/** Reads a reply stream until `[DONE]`; returns whether it finished and the last event id seen. */
async function readReply(
  response: Response,
  handlers: ReplyHandlers,
): Promise<{ done: boolean; lastEventId: string | undefined }> {
  let done = false;
  let lastEventId: string | undefined;
  if (!response.body) throw new ChatApiError('BAD_RESPONSE', 'The reply had no body.', response.status);
  try {
    await readSse(response.body, (event) => {
      if (event.id !== undefined) lastEventId = event.id;
      if (event.data === '[DONE]') {
        done = true;
        return;
      }
      let part: unknown;
      try {
        part = JSON.parse(event.data);
      } catch {
        return; // skip an unreadable part
      }
      dispatchPart(part, handlers);
    });
  } catch (error) {
    if (error instanceof ChatApiError) throw error;
    // the connection dropped mid-reply: the caller may resume
  }
  return { done, lastEventId };
}

export function createChatApi(baseUrl = ''): ChatApi {
  return {
    async createSession() {
      const response = await call(`${baseUrl}/v1/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      const body = await json(response);
      if (!isRecord(body) || typeof body.sessionId !== 'string' || typeof body.token !== 'string') {
        throw new ChatApiError(
          'BAD_RESPONSE',
          'The chat service sent an unreadable session.',
          response.status,
        );
      }
      return { sessionId: body.sessionId, token: body.token };
    },

    async getSession(session) {
      const response = await call(baseUrl + path(session), { headers: auth(session) });
      const view = asSessionView(await json(response));
      if (!view) throw new ChatApiError('BAD_RESPONSE', 'The chat service sent an unreadable session.', 200);
      return view;
    },

    async sendMessage(session, text, clientMessageId, handlers) {
      const response = await call(baseUrl + path(session, '/messages'), {
        method: 'POST',
        headers: { ...auth(session), 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ text, clientMessageId }),
      });
      let result = await readReply(response, handlers);
      // A dropped connection: resume once from the last event seen (docs/api.md, "Resuming after a drop").
      if (!result.done) {
        const resumed = await call(baseUrl + path(session, '/stream'), {
          headers: {
            ...auth(session),
            accept: 'text/event-stream',
            ...(result.lastEventId ? { 'last-event-id': result.lastEventId } : {}),
          },
        });
        if (resumed.status === 204) return;
        result = await readReply(resumed, handlers);
        if (!result.done) throw new ChatApiError('NETWORK', 'The reply was interrupted.', 0);
      }
    },

    eventsUrl(session) {
      return `${baseUrl}${path(session, '/events')}?token=${encodeURIComponent(session.token)}`;
    },
  };
}
