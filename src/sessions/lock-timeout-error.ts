import { MaitreError } from '../errors/index.ts';

/** Another turn of the same session held the turn lock for longer than we could wait. */
export class LockTimeoutError extends MaitreError {
  constructor(sessionId: string) {
    super('SESSION_BUSY', 'Another message of this conversation is still being answered; try again.', {
      sessionId,
    });
  }
}
