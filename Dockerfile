# syntax=docker/dockerfile:1
# Maitre: one image for the bot (`maitre serve`, the default command) and the reference backend
# (`maitre backend`). Build from the repository root: docker build -t maitre .
# The CLI runs the TypeScript sources through tsx (bin/maitre.mjs), so there is no compile step: the image
# holds the sources and the production dependencies only (tsx and esbuild are production dependencies:
# tsx runs the code, esbuild bundles the web chat when the bot starts).

ARG NODE_VERSION=22

# ---- deps: production dependencies only; the toolchain is here in case better-sqlite3 has to compile.
FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund \
 && npm cache clean --force

# ---- runtime: no toolchain, no dev dependencies, no npm cache; runs as the unprivileged `node` user.
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    BACKEND_HOST=0.0.0.0 \
    BACKEND_PORT=8081 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
# Sources, venues, contracts (what .dockerignore leaves): owned by root, read-only to the app user.
COPY . .
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080 8081
# Liveness of the bot (GET /healthz on PORT); the backend's service overrides it (see deploy/compose.yaml).
HEALTHCHECK --interval=15s --timeout=5s --start-period=40s --retries=3 \
  CMD ["node", "deploy/healthcheck.mjs"]
# --max-semi-space-size: the bot's Node flags (src/cli/bot-node-flags.ts), read by V8 only at start
ENTRYPOINT ["node", "--max-semi-space-size=32", "bin/maitre.mjs"]
CMD ["serve"]
