/** The slice of a pino logger the core uses: dotted event keys, no personal data. */
export interface Logger {
  info(fields: Record<string, unknown>, event: string): void;
  warn(fields: Record<string, unknown>, event: string): void;
  error(fields: Record<string, unknown>, event: string): void;
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
