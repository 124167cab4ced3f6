import { z } from 'zod';
import { ApiError, validationFailed } from '../http/api-error.ts';

export const MessageBody = z.object({
  text: z.string(),
  clientMessageId: z.string().min(1).max(100).optional(),
});

/**
 * Validates a customer message: not empty. A message longer than MAX_MESSAGE_CHARS is not refused: the
 * turn reads its first MAX_MESSAGE_CHARS characters and the reply says it was cut (the core's
 * `normalizeMessage`); only the request body limit (413 BODY_TOO_LARGE) bounds what is sent.
 */
export function checkText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new ApiError(400, 'MESSAGE_EMPTY', 'The message is empty.');
  return trimmed;
}

/**
 * The message of a request body (`MessageBody`), its text checked (`checkText`): 400 VALIDATION_FAILED
 * with zod's issues when the body is not `{text: string, clientMessageId?: string of 1 to 100}`, 400
 * MESSAGE_EMPTY when the text is only spaces. Other fields are ignored.
 */
export function parseMessageBody(body: unknown): { text: string; clientMessageId?: string } {
  // the usual body, as zod would take it, without zod's work; anything else goes to zod for its issues
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const { text, clientMessageId } = body as { text?: unknown; clientMessageId?: unknown };
    if (typeof text === 'string') {
      if (clientMessageId === undefined) return { text: checkText(text) };
      if (typeof clientMessageId === 'string' && clientMessageId.length >= 1 && clientMessageId.length <= 100)
        return { text: checkText(text), clientMessageId };
    }
  }
  const parsed = MessageBody.safeParse(body ?? {});
  if (!parsed.success) throw validationFailed(parsed.error.issues);
  const text = checkText(parsed.data.text);
  return parsed.data.clientMessageId === undefined
    ? { text }
    : { text, clientMessageId: parsed.data.clientMessageId };
}

export function wantsEventStream(accept: string | undefined): boolean {
  return typeof accept === 'string' && accept.includes('text/event-stream');
}
