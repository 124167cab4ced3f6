import { MaitreError } from '../../errors/index.ts';

/** An error with its HTTP status: the only place where codes meet status numbers is this layer. */
export class ApiError extends MaitreError {
  constructor(
    readonly status: number,
    code: string,
    message: string,
    details?: Record<string, unknown>,
    readonly retryAfterSeconds?: number,
  ) {
    super(code, message, details);
  }
}

export const sessionNotFound = (): ApiError =>
  new ApiError(404, 'SESSION_NOT_FOUND', 'No such session, or the token does not belong to it.');

export const unauthorized = (): ApiError =>
  new ApiError(401, 'UNAUTHORIZED', 'Send the session token as "Authorization: Bearer <token>".');

/** A turn refused because the process has as many in flight as it takes (SHED_MAX_TURNS_IN_FLIGHT). */
export const overloaded = (retryAfterSeconds: number): ApiError =>
  new ApiError(
    503,
    'OVERLOADED',
    'The service is busy; try again shortly.',
    { retryAfterSeconds },
    retryAfterSeconds,
  );

/** zod issues → a VALIDATION_FAILED error listing path and message of each. */
export function validationFailed(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): ApiError {
  const list = issues.slice(0, 10).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const first = list[0];
  const message = first ? `${first.path || 'body'}: ${first.message}` : 'invalid request';
  return new ApiError(400, 'VALIDATION_FAILED', message, { issues: list });
}

/** A turn that failed after its reply stream began: streams get the recorded error parts, JSON gets 500. */
export class TurnFailedError extends ApiError {
  constructor(
    readonly messageId: string,
    readonly parts: string[],
  ) {
    super(500, 'INTERNAL', 'The turn failed.');
  }
}
