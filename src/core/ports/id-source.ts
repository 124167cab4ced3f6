import { randomUUID } from 'node:crypto';

/** Ids behind a port (idempotency keys, session ids), so tests can make them predictable. */
export interface IdSource {
  next(prefix?: string): string;
}

export const randomIds: IdSource = {
  next: (prefix) => (prefix ? `${prefix}_${randomUUID()}` : randomUUID()),
};
