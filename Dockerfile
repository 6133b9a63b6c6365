# syntax=docker/dockerfile:1
# Build: compile TypeScript. Run: production dependencies only, non-root, migrations then the bot.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production LOG_FORMAT=json DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY drizzle ./drizzle
COPY prompts ./prompts
COPY brands ./brands
COPY adapters/replay/demo-feed.jsonl ./adapters/replay/demo-feed.jsonl
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8787
# Same npm scripts as a clone: migrate, then run (bin/glasshouse.js uses the compiled dist/).
CMD ["sh", "-c", "node bin/glasshouse.js migrate && exec node bin/glasshouse.js run"]
