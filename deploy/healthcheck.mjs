// Container health probe (the slim image has no curl): exits 0 when GET <url> answers 2xx within 3 s,
// else 1. Default url: the bot's liveness endpoint, http://127.0.0.1:${PORT:-8080}/healthz; the backend's
// service passes its own (http://127.0.0.1:8081/healthz). Usage: node deploy/healthcheck.mjs [url]
const url = process.argv[2] ?? `http://127.0.0.1:${process.env.PORT || 8080}/healthz`;
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(3_000) });
  process.exit(response.ok ? 0 : 1);
} catch {
  process.exit(1);
}
