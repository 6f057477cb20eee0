# syntax=docker/dockerfile:1
# One image per Benchline service, all from this file: `docker build --target trigger .` (or
# provisioner, executor, publisher, analyzer, notifier, bisector), plus `init` (benchline-init:
# creates the NATS topology with the admin user, then exits). docker-compose.yaml builds each target.
#
# Node 24 LTS on Debian slim (a distroless base has no apt for the provisioner's Ansible and git).
# TypeScript runs directly with tsx, a production dependency, instead of compiled output: every
# workspace package exports its .ts sources (package.json "exports"), so a build step would mean a
# second set of entry points for each package; tsx compiles each file once at start-up (esbuild, in
# memory). The runtime stages get production dependencies only (`npm ci --omit=dev --omit=peer`:
# no vitest, typescript or biome, and not the react-native tree that react-native-webrtc, a libp2p
# transport Node never loads, names as a peer); test/deployment/compose.test.ts computes that
# package list from the lockfile.

FROM node:24-bookworm-slim AS base
WORKDIR /app

FROM base AS manifests
# Only the manifests, so the install layer is reused until a dependency changes.
# Every workspace's package.json must be here (test/deployment/compose.test.ts checks it).
COPY package.json package-lock.json .npmrc ./
COPY packages/analysis/package.json packages/analysis/
COPY packages/cli/package.json packages/cli/
COPY packages/core/package.json packages/core/
COPY packages/dashboards/package.json packages/dashboards/
COPY packages/influx/package.json packages/influx/
COPY packages/local/package.json packages/local/
COPY packages/results/package.json packages/results/
COPY packages/servers/package.json packages/servers/
COPY packages/web/package.json packages/web/
COPY services/analyzer/package.json services/analyzer/
COPY services/bisector/package.json services/bisector/
COPY services/executor/package.json services/executor/
COPY services/notifier/package.json services/notifier/
COPY services/provisioner/package.json services/provisioner/
COPY services/publisher/package.json services/publisher/
COPY services/trigger/package.json services/trigger/

# Everything, dev dependencies included: only to bundle the web view (esbuild, preact, uplot).
FROM manifests AS web
RUN npm ci --no-audit --no-fund --loglevel=error
COPY . .
RUN node --import tsx packages/web/bin/build.ts

FROM manifests AS deps
RUN npm ci --omit=dev --omit=peer --no-audit --no-fund --loglevel=error

FROM base AS app
COPY --from=deps /app ./
COPY . .
# Code stays root-owned and read-only to the service user; only the data dir is writable.
RUN install -d -o node -g node /var/lib/benchline
ENV NODE_ENV=production \
    BENCHLINE_CONFIG=/etc/benchline/benchline.yaml
USER node

# benchline-init: a one-shot container (compose's nats-init) run with the NATS admin user before the
# services start; it creates or updates the streams, consumers and buckets, then exits 0.
FROM app AS init
WORKDIR /app/packages/core
CMD ["node", "--import", "tsx", "bin/init.ts"]

FROM app AS trigger
# The web view it serves at / (packages/web/dist, not in git), bundled in the web stage.
COPY --from=web /app/packages/web/dist packages/web/dist
WORKDIR /app/services/trigger
EXPOSE 8080
CMD ["node", "--import", "tsx", "src/main.ts"]

FROM app AS provisioner
USER root
# --no-install-recommends keeps ansible-core from pulling the full 276 MB ansible package.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ansible-core openssh-client git ca-certificates \
 && rm -rf /var/lib/apt/lists/*
USER node
# Ansible keeps its state on the data volume rather than in ~.
ENV ANSIBLE_HOME=/var/lib/benchline/ansible \
    ANSIBLE_LOCAL_TEMP=/var/lib/benchline/ansible/tmp
WORKDIR /app/services/provisioner
CMD ["node", "--import", "tsx", "src/main.ts"]

FROM app AS executor
WORKDIR /app/services/executor
CMD ["node", "--import", "tsx", "src/main.ts"]

FROM app AS publisher
WORKDIR /app/services/publisher
CMD ["node", "--import", "tsx", "src/main.ts"]

# Verdicts and change points: reads each series' history from InfluxDB and writes benchline_change.
FROM app AS analyzer
WORKDIR /app/services/analyzer
CMD ["node", "--import", "tsx", "src/main.ts"]

# Webhooks, Slack, GitHub: outgoing HTTPS only (Node's own CA bundle).
FROM app AS notifier
WORKDIR /app/services/notifier
CMD ["node", "--import", "tsx", "src/main.ts"]

FROM app AS bisector
USER root
# The bisector lists the commits between a change's ends from the suite's bare mirror on the
# controller (<dataDir>/mirrors, as the provisioner does): git, plus ssh for suites cloned over SSH.
RUN apt-get update \
 && apt-get install -y --no-install-recommends git openssh-client ca-certificates \
 && rm -rf /var/lib/apt/lists/*
USER node
WORKDIR /app/services/bisector
CMD ["node", "--import", "tsx", "src/main.ts"]
