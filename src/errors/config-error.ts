import { MaitreError } from './maitre-error.ts';

/** A bad environment variable or option: start-up stops with a message naming it. */
export class ConfigError extends MaitreError {
  constructor(variable: string, problem: string) {
    super('CONFIG_INVALID', `Configuration error: ${variable} ${problem}`, { variable });
  }
}
