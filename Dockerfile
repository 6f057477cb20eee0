# syntax=docker/dockerfile:1
# One image per Benchline service, all from this file: `docker build --target trigger .` (or
# provisioner, executor, publisher, analyzer, notifier, bisector), plus `init` (benchline-init:
# creates the NATS topology with the admin user, then exits). docker-compose.yaml builds each target.
#
# Node 24 LTS on Debian slim (a distroless base has no apt for the provisioner's Ansible and git).
# Each service runs from an esbuild bundle of its sources (dist/services/<name>.mjs, built in the
# web stage by packages/local/bin/bundle-services.ts, as npm start and the tests run them): a start
# costs about 0.5 s of CPU where loading the TypeScript sources through tsx costs 3–9 s, which a
# restart after a crash pays. The bundles load a few files from where they are at run time (the
# executor's remote scripts, the Ansible directory, native add-ons), so the runtime stages keep the
# same /app tree; test/deployment/images.test.ts checks that each of those files is shipped.
# benchline-init and the CLI still run their TypeScript through tsx, a production dependency. The
# runtime stages get production dependencies only (`npm ci --omit=dev --omit=peer`: no vitest,
# typescript or biome, and not the react-native tree that react-native-webrtc, a libp2p transport
# Node never loads, names as a peer); test/deployment/images.test.ts computes that package list from
# the lockfile.

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

# Everything, dev dependencies included: only to bundle the web view (esbuild, preact, uplot) and
# the services.
FROM manifests AS web
RUN npm ci --no-audit --no-fund --loglevel=error
COPY . .
RUN node --import tsx packages/web/bin/build.ts \
 && node --import tsx packages/local/bin/bundle-services.ts dist/services

FROM manifests AS deps
RUN npm ci --omit=dev --omit=peer --no-audit --no-fund --loglevel=error

FROM base AS app
COPY --from=deps /app ./
COPY . .
COPY --from=web /app/dist/services dist/services
# Code stays root-owned and read-only to the service user; only the data dir is writable.
RUN install -d -o node -g node /var/lib/benchline
# Stack traces name the TypeScript sources (the bundles' linked source maps).
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps \
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
CMD ["node", "/app/dist/services/trigger.mjs"]

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
CMD ["node", "/app/dist/services/provisioner.mjs"]

FROM app AS executor
WORKDIR /app/services/executor
CMD ["node", "/app/dist/services/executor.mjs"]

FROM app AS publisher
WORKDIR /app/services/publisher
CMD ["node", "/app/dist/services/publisher.mjs"]

# Verdicts and change points: reads each series' history from InfluxDB and writes benchline_change.
FROM app AS analyzer
WORKDIR /app/services/analyzer
CMD ["node", "/app/dist/services/analyzer.mjs"]

# Webhooks, Slack, GitHub: outgoing HTTPS only (Node's own CA bundle).
FROM app AS notifier
WORKDIR /app/services/notifier
CMD ["node", "/app/dist/services/notifier.mjs"]

FROM app AS bisector
USER root
# The bisector lists the commits between a change's ends from the suite's bare mirror on the
# controller (<dataDir>/mirrors, as the provisioner does): git, plus ssh for suites cloned over SSH.
RUN apt-get update \
 && apt-get install -y --no-install-recommends git openssh-client ca-certificates \
 && rm -rf /var/lib/apt/lists/*
USER node
WORKDIR /app/services/bisector
CMD ["node", "/app/dist/services/bisector.mjs"]
