import type { LoggerOptions } from 'pino';

/** Query parameters whose values are secrets (session tokens in `?token=` for EventSource and WebSocket). */
const SECRET_PARAMS = /([?&](?:token|access_token|auth|key|secret|signature)=)[^&#]*/gi;

/**
 * `url` with the value of every secret query parameter (`token`, `access_token`, `auth`, `key`,
 * `secret`, `signature`) replaced by `[redacted]`; the path and other parameters are kept.
 */
export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAMS, '$1[redacted]');
}

/** The parts of a Fastify request (or a raw IncomingMessage) that the request serializer reads. */
interface LoggedRequest {
  method?: string;
  url?: string;
  ip?: string;
  host?: string;
  socket?: { remotePort?: number } | null;
}

/**
 * pino options shared by every logger of the bot: request URLs redacted (at every level: the request
 * logs at `debug`/`trace` included), and authorization headers or token fields censored wherever they
 * appear in a logged object.
 */
export function botLoggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: { service: 'bot' },
    serializers: {
      req: (request: LoggedRequest) => ({
        method: request.method,
        url: typeof request.url === 'string' ? redactUrl(request.url) : undefined,
        remoteAddress: request.ip,
        remotePort: request.socket?.remotePort,
      }),
    },
    formatters: {
      // any other URL a log line carries at its top level (`url`, `path`) is redacted the same way
      log: (object) => {
        for (const key of ['url', 'path'])
          if (typeof object[key] === 'string') object[key] = redactUrl(object[key] as string);
        return object;
      },
    },
    redact: {
      paths: ['req.headers.authorization', 'headers.authorization', 'authorization', 'token', '*.token'],
      censor: '[redacted]',
    },
  };
}
