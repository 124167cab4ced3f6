import type { TrustProxy } from '../config/parse-bot-config.ts';

/** What Fastify's `trustProxy` option takes (its type, minus `true`, which Maitre never passes). */
export type FastifyTrustProxy = false | string[] | ((address: string, hop: number) => boolean);

/**
 * `TRUST_PROXY` as Fastify's `trustProxy` option. A hop count `n` trusts the `n` nearest hops: the
 * socket's peer (hop 0) and the next `n - 1` `X-Forwarded-For` entries from the right, so the client
 * address is the entry the outermost trusted proxy appended (proxy-addr's meaning of a number).
 * Fastify 5.12 makes a plain number trust nothing (it cannot check the peer is a proxy), so the count
 * is passed as the equivalent function; deploy it only where the bot is reachable through its proxies
 * alone, as docs/operations.md says. Address lists pass through unchanged.
 */
export function fastifyTrustProxy(trust: TrustProxy): FastifyTrustProxy {
  if (typeof trust !== 'number') return trust;
  const hops = trust;
  return (_address, hop) => hop < hops;
}
