import Fastify, { LogController } from 'fastify';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { LazyChildLogger, lazyChildLoggerFactory } from './lazy-child-logger.ts';
import { botLoggerOptions } from './log-redaction.ts';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = { write: (line: string) => lines.push(JSON.parse(line)) };
  return { lines, logger: pino(botLoggerOptions('info'), stream) };
}

describe('LazyChildLogger', () => {
  it('makes the child only when a request logs, with its request id and redaction', async () => {
    const { lines, logger } = capture();
    let children = 0;
    const child = logger.child.bind(logger);
    logger.child = ((...args: Parameters<typeof child>) => {
      children++;
      return child(...args);
    }) as typeof logger.child;
    const app = Fastify({
      loggerInstance: logger,
      childLoggerFactory: lazyChildLoggerFactory,
      logController: new LogController({ disableRequestLogging: true }),
    });
    app.get('/quiet', async () => ({ ok: true }));
    app.get('/loud', async (request) => {
      request.log.warn({ token: 'secret-token', n: 1 }, 'loud.route');
      request.log.info('second');
      return { ok: true };
    });
    await app.ready();
    const atStart = children;
    expect((await app.inject('/quiet')).statusCode).toBe(200);
    expect(children - atStart).toBe(0);
    expect((await app.inject('/loud')).statusCode).toBe(200);
    expect(children - atStart).toBe(1);
    const loud = lines.filter((l) => l.msg === 'loud.route' || l.msg === 'second');
    expect(loud).toHaveLength(2);
    expect(loud[0]).toMatchObject({ level: 40, token: '[redacted]', n: 1, service: 'bot' });
    expect(typeof loud[0]?.reqId).toBe('string');
    expect(loud[1]?.reqId).toBe(loud[0]?.reqId);
    await app.close();
  });

  it('keeps a level set before the child exists and honours it once made', () => {
    const { lines, logger } = capture();
    const lazy = new LazyChildLogger(logger, { reqId: 'r1' }, {});
    expect(lazy.level).toBe('info');
    lazy.level = 'error';
    expect(lazy.level).toBe('error');
    lazy.warn('dropped');
    lazy.error('kept');
    expect(lines.map((l) => l.msg)).toEqual(['kept']);
    expect(lines[0]?.reqId).toBe('r1');
    expect(new LazyChildLogger(logger, {}, { level: 'debug' }).level).toBe('debug');
  });
});
