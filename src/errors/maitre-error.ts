/**
 * Base of every typed error in Maitre. `code` is stable (documented in docs/errors.md) and is what
 * clients match on; `details` carries structured, non-personal context. Only HTTP layers map codes to
 * status codes.
 */
export class MaitreError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: string, message: string, details?: Record<string, unknown>, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.details = details;
  }

  toJSON(): { code: string; message: string; details?: Record<string, unknown> } {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
