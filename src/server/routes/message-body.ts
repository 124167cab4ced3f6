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

export function parseMessageBody(body: unknown): { text: string; clientMessageId?: string } {
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
