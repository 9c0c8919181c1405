# One image per app, built from the repository root (docker-compose.yml builds both):
#   docker build --build-arg APP=cms -t sok-cms .   the CMS, on port 3000
#   docker build --build-arg APP=web --build-arg PORT=3001 -t sok-web .   the site
ARG APP=cms

FROM node:20-bookworm-slim AS build
ARG APP
WORKDIR /repo
ENV NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
COPY . .
RUN npm ci --no-audit --no-fund && npx turbo run build --filter=@sok/${APP}

FROM node:20-bookworm-slim
ARG APP
ARG PORT=3000
WORKDIR /repo
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=${PORT}
COPY --from=build /repo /repo
# The CMS keeps uploads and its mail outbox under /data (a volume) unless S3 is configured.
RUN mkdir -p /data && chown node /data
USER node
EXPOSE ${PORT}
WORKDIR /repo/apps/${APP}
# The CMS runs its migrations at start-up (prodMigrations) before it takes requests. The wrapper
# listens on $PORT and records each request's socket address for per-IP limits (TRUSTED_PROXIES).
CMD ["node", "../../scripts/serve-next.mjs", "start"]
