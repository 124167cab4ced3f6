import type { FastifyBaseLogger } from 'fastify';

type Bindings = Parameters<FastifyBaseLogger['child']>[0];
type ChildOptions = Parameters<FastifyBaseLogger['child']>[1];

/**
 * A request's logger (`request.log`) that becomes the parent's child only when it is first used:
 * Fastify makes one child per request (binding its `reqId`), and pino's `child` serialises and redacts
 * the bindings at once (about 1 % of the bot's CPU per turn), while most requests log nothing. The child,
 * once made, is the very logger `parent.child(bindings, options)` returns, so every line it writes
 * (request id, redaction, serializers, level) is what the eager child would have written.
 */
export class LazyChildLogger {
  private made: FastifyBaseLogger | undefined;
  /** A level set before the child was made (`options.level` otherwise; the parent's when neither). */
  private levelSet: string | undefined;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildOptions,
  ) {}

  /** The child itself, made on first use (as `parent.child(bindings, options)`). */
  get real(): FastifyBaseLogger {
    if (this.made === undefined) {
      this.made = this.parent.child(this.bindings, this.options);
      if (this.levelSet !== undefined) this.made.level = this.levelSet;
    }
    return this.made;
  }

  get level(): string {
    if (this.made !== undefined) return this.made.level;
    return this.levelSet ?? this.options?.level ?? this.parent.level;
  }

  set level(level: string) {
    if (this.made !== undefined) this.made.level = level;
    else this.levelSet = level;
  }

  fatal(...args: unknown[]): void {
    const real = this.real;
    Reflect.apply(real.fatal, real, args);
  }

  error(...args: unknown[]): void {
    const real = this.real;
    Reflect.apply(real.error, real, args);
  }

  warn(...args: unknown[]): void {
    const real = this.real;
    Reflect.apply(real.warn, real, args);
  }

  info(...args: unknown[]): void {
    const real = this.real;
    Reflect.apply(real.info, real, args);
  }

  debug(...args: unknown[]): void {
    const real = this.real;
    Reflect.apply(real.debug, real, args);
  }

  trace(...args: unknown[]): void {
    const real = this.real;
    Reflect.apply(real.trace, real, args);
  }

  silent(...args: unknown[]): void {
    const real = this.real;
    Reflect.apply(real.silent, real, args);
  }

  child(bindings: Bindings, options?: ChildOptions): FastifyBaseLogger {
    return this.real.child(bindings, options);
  }
}

/** Fastify's `childLoggerFactory` that hands each request a `LazyChildLogger`. */
export function lazyChildLoggerFactory(
  logger: FastifyBaseLogger,
  bindings: Bindings,
  options: ChildOptions,
): FastifyBaseLogger {
  return (
    // its methods take what pino's do; Fastify checks a factory's child has each of them
    new LazyChildLogger(logger, bindings, options) as unknown as FastifyBaseLogger
  );
}
