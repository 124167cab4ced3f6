import { z } from 'zod';
import type { BotConfig } from '../config/parse-bot-config.ts';
import { ApiError, validationFailed } from '../http/api-error.ts';

export const MessageBody = z.object({
  text: z.string(),
  clientMessageId: z.string().min(1).max(100).optional(),
});

/** Validates a customer message: not empty, not longer than MAX_MESSAGE_CHARS. */
export function checkText(text: string, config: BotConfig): string {
  if (text.length > config.maxMessageChars)
    throw new ApiError(
      413,
      'MESSAGE_TOO_LONG',
      `A message can be at most ${config.maxMessageChars} characters.`,
      {
        maxChars: config.maxMessageChars,
        length: text.length,
      },
    );
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new ApiError(400, 'MESSAGE_EMPTY', 'The message is empty.');
  return trimmed;
}

export function parseMessageBody(
  body: unknown,
  config: BotConfig,
): { text: string; clientMessageId?: string } {
  const parsed = MessageBody.safeParse(body ?? {});
  if (!parsed.success) throw validationFailed(parsed.error.issues);
  const text = checkText(parsed.data.text, config);
  return parsed.data.clientMessageId === undefined
    ? { text }
    : { text, clientMessageId: parsed.data.clientMessageId };
}

export function wantsEventStream(accept: string | undefined): boolean {
  return typeof accept === 'string' && accept.includes('text/event-stream');
}
