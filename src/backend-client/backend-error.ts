import { MaitreError } from '../errors/index.ts';

/**
 * The backend answered with an error the caller did not expect (status ≥ 400), or could not be
 * reached (`code` BACKEND_UNAVAILABLE, status 0). `code` is the backend's stable error code.
 */
export class BackendError extends MaitreError {
  readonly status: number;

  constructor(
    status: number,
    code: string,
    message: string,
    details?: Record<string, unknown>,
    options?: ErrorOptions,
  ) {
    super(code, message, { ...details, status }, options);
    this.status = status;
  }

  /** Worth another try: unreachable, timed out, overloaded or a server fault. */
  get transient(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}
