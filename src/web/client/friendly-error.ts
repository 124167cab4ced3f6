import { ChatApiError } from './chat-api-error.ts';

/** A kind, human sentence for a failure: never a stack trace or a raw server message. */
export function friendlyError(error: unknown): string {
  if (!(error instanceof ChatApiError)) return 'Sorry, something went wrong. Please try again.';
  switch (error.code) {
    case 'RATE_LIMITED': {
      const seconds = Math.max(1, error.retryAfterSeconds ?? 10);
      return `You're sending messages quickly; try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
    }
    case 'OVERLOADED':
    case 'STORE_UNAVAILABLE':
      return busy(error.retryAfterSeconds);
    case 'BODY_TOO_LARGE':
      return 'That message is a little long. Could you say it in fewer words?';
    case 'MESSAGE_EMPTY':
      return 'Type a message first.';
    case 'SESSION_BUSY':
      return "I'm still working on your last message. Please try again in a moment.";
    case 'SESSION_NOT_FOUND':
      return 'This conversation has expired, so we started a new one.';
    case 'NETWORK':
      return "We couldn't reach the restaurant's chat. Check your connection and try again.";
    default:
      if (error.status === 503) return busy(error.retryAfterSeconds);
      return error.status >= 500 || error.code === 'STREAM_FAILED' || error.code === 'BAD_RESPONSE'
        ? 'Sorry, something went wrong on our side. Please try again.'
        : "Sorry, that didn't work. Please try again.";
  }
}

/** The sentence for a 503 (the service shed the request, or a store is briefly away): a wait, not a fault. */
function busy(retryAfterSeconds: number | undefined): string {
  const seconds = Math.max(1, retryAfterSeconds ?? 5);
  return `We're very busy right now. Please send that again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
}
