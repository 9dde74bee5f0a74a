package dev.plumbline.benchmarks;

import java.util.List;
import java.util.Random;

/**
 * Writes a large Dockerfile that reads like real ones: many multi-stage builds (Go, Python, Node,
 * Alpine tool images, Debian runtimes) with comments, parser directives, global and stage ARGs,
 * multi-line ENV and LABEL, long {@code set -eux} RUN scripts with continuations, heredocs, cache
 * mounts, {@code COPY --from}, users and health checks, and the odd mistake rules find (a
 * {@code :latest} tag, {@code curl | sh}, {@code sudo}, pip's cache). Its shape follows the shared
 * real-world corpus: about 3.6 lines per instruction, about 7 instructions per stage. Deterministic
 * for a seed.
 */
public final class DockerfileGenerator {

    private static final List<String> DEBIAN_PACKAGES = List.of("ca-certificates", "curl", "tini", "tzdata",
            "libssl3", "libpq5", "gnupg", "dirmngr", "netbase", "procps", "xz-utils", "unzip", "git", "openssh-client",
            "locales", "libjemalloc2");
    private static final List<String> ALPINE_PACKAGES = List.of("bash", "curl", "git", "jq", "openssl", "tzdata",
            "ca-certificates", "coreutils", "make", "gcc", "musl-dev");

    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private int lines;
    private int stage;

    private DockerfileGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A Dockerfile of at least {@code minLines} lines (it ends after the stage that reaches them). */
    public static String generate(int minLines, long seed) {
        return new DockerfileGenerator(seed).write(minLines);
    }

    private String write(int minLines) {
        header();
        while (lines < minLines) {
            switch (random.nextInt(5)) {
                case 0 -> goBuild();
                case 1 -> pythonApp();
                case 2 -> nodeApp();
                case 3 -> alpineTools();
                default -> heredocStage();
            }
            debianRuntime();
        }
        return out.toString();
    }

    private void line(String text) {
        out.append(text).append('\n');
        lines++;
    }

    private void lines(String... texts) {
        for (String text : texts) {
            line(text);
        }
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private boolean sometimes(int percent) {
        return random.nextInt(100) < percent;
    }

    private void header() {
        lines("# syntax=docker/dockerfile:1.7",
                "# check=skip=JSONArgsRecommended",
                "#",
                "# Copyright The Example Authors.",
                "# Licensed under the Apache License, Version 2.0 (the \"License\");",
                "# you may not use this file except in compliance with the License.",
                "#",
                "# One file builds every service of the monorepo; pick one with --target.",
                "",
                "ARG GO_VERSION=1.22.5",
                "ARG PYTHON_VERSION=3.12.4",
                "ARG NODE_VERSION=20.15.1",
                "ARG DEBIAN_RELEASE=bookworm",
                "ARG VERSION=0.0.0-dev",
                "");
    }

    private void goBuild() {
        int i = ++stage;
        lines("# ---- service " + i + ": compile ----",
                "FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-${DEBIAN_RELEASE} AS build-" + i,
                "",
                "# set by BuildKit for the platform being built",
                "ARG TARGETOS",
                "ARG TARGETARCH",
                "ARG VERSION",
                "WORKDIR /src",
                "",
                "# dependencies first, so they stay cached while the code changes",
                "COPY go.mod go.sum ./",
                "RUN --mount=type=cache,target=/go/pkg/mod \\",
                "    go mod download",
                "",
                "# then the code; both caches survive between builds",
                "COPY . .",
                "RUN --mount=type=cache,target=/go/pkg/mod \\",
                "    --mount=type=cache,target=/root/.cache/go-build \\",
                "    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \\",
                "    go build -trimpath \\",
                "      -ldflags=\"-s -w -X main.version=${VERSION}\" \\",
                "      -o /out/service-" + i + " ./cmd/service-" + i,
                "");
    }

    private void pythonApp() {
        int i = ++stage;
        lines("# ---- service " + i + ": python ----",
                "FROM python:${PYTHON_VERSION}-slim-${DEBIAN_RELEASE} AS build-" + i,
                "ENV PYTHONDONTWRITEBYTECODE=1 \\",
                "    PYTHONUNBUFFERED=1 \\",
                "    PIP_DISABLE_PIP_VERSION_CHECK=1",
                "WORKDIR /app",
                "",
                "# build dependencies for wheels that have none for this platform",
                "RUN set -eux; \\",
                "    apt-get update; \\",
                "    apt-get install -y --no-install-recommends \\",
                "        build-essential \\",
                "        libpq-dev \\",
                "    ; \\",
                "    rm -rf /var/lib/apt/lists/*",
                "",
                "COPY requirements.txt requirements.lock ./");
        if (sometimes(20)) {
            line("RUN pip install -r requirements.txt");
        } else {
            lines("RUN --mount=type=cache,target=/root/.cache/pip \\",
                    "    pip install --no-cache-dir --require-hashes -r requirements.lock");
        }
        lines("COPY src/ ./src/",
                "RUN python -m compileall -q src && mkdir -p /out && cp -r src /out/service-" + i,
                "");
    }

    private void nodeApp() {
        int i = ++stage;
        lines("# ---- service " + i + ": web front end ----",
                "FROM node:${NODE_VERSION}-alpine AS build-" + i,
                "WORKDIR /web",
                "",
                "# install exactly what the lockfile says",
                "COPY package.json package-lock.json ./",
                "RUN --mount=type=cache,target=/root/.npm \\",
                "    npm ci --ignore-scripts",
                "",
                "# build the static bundle",
                "COPY . .",
                "ENV NODE_ENV=production",
                "RUN npm run build \\",
                "    && mkdir -p /out \\",
                "    && mv dist /out/service-" + i,
                "");
    }

    private void alpineTools() {
        int i = ++stage;
        String image = sometimes(10) ? "alpine:latest" : "alpine:3.20.1";
        lines("# ---- service " + i + ": tools image ----",
                "FROM " + image + " AS build-" + i,
                "ARG HELM_VERSION=3.15." + random.nextInt(5),
                "ARG HELM_SHA256=" + "0123456789abcdef".repeat(4));
        StringBuilder packages = new StringBuilder("RUN apk add --no-cache");
        for (int k = 0; k < 4 + random.nextInt(4); k++) {
            packages.append(' ').append(pick(ALPINE_PACKAGES));
        }
        line("# tools the release scripts call");
        line(packages.toString());
        line("");
        if (sometimes(10)) {
            line("RUN curl -fsSL https://example.com/install.sh | sh");
        }
        lines("# fetch a pinned release and check it before use",
                "RUN set -eux; \\",
                "    curl -fsSLo /tmp/helm.tgz \"https://get.helm.sh/helm-v${HELM_VERSION}-linux-amd64.tar.gz\"; \\",
                "    echo \"${HELM_SHA256}  /tmp/helm.tgz\" | sha256sum -c -; \\",
                "    tar -xzf /tmp/helm.tgz -C /usr/local/bin --strip-components=1 linux-amd64/helm; \\",
                "    rm /tmp/helm.tgz; \\",
                "    mkdir -p /out; \\",
                "    cp /usr/local/bin/helm /out/service-" + i,
                "");
    }

    private void heredocStage() {
        int i = ++stage;
        lines("# ---- service " + i + ": generated configuration ----",
                "FROM debian:${DEBIAN_RELEASE}-slim AS build-" + i,
                "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]",
                "",
                "# one small file per environment",
                "RUN <<EOF",
                "set -euo pipefail",
                "mkdir -p /out/service-" + i,
                "for name in alpha beta gamma; do",
                "  echo \"service=" + i + " name=${name}\" > \"/out/service-" + i + "/${name}.conf\"",
                "done",
                "EOF",
                "",
                "COPY <<-EOT /out/service-" + i + "/README",
                "\tGenerated at build time; do not edit.",
                "\tEOT",
                "");
    }

    private void debianRuntime() {
        int built = stage;
        int i = ++stage;
        lines("# ---- service " + built + ": runtime image ----",
                "FROM debian:${DEBIAN_RELEASE}-20240701-slim AS service-" + i,
                "LABEL org.opencontainers.image.title=\"service-" + built + "\" \\",
                "      org.opencontainers.image.source=\"https://example.com/monorepo\" \\",
                "      org.opencontainers.image.licenses=\"Apache-2.0\"",
                "ENV LANG=C.UTF-8 \\",
                "    APP_HOME=/opt/service-" + built,
                "",
                "# runtime dependencies only",
                "RUN set -eux; \\",
                "    apt-get update; \\",
                "    apt-get install -y --no-install-recommends \\");
        int count = 3 + random.nextInt(6);
        for (int k = 0; k < count; k++) {
            line("        " + pick(DEBIAN_PACKAGES) + " \\");
        }
        lines("    ; \\",
                "    rm -rf /var/lib/apt/lists/*",
                "");
        if (sometimes(8)) {
            line("RUN sudo mkdir -p /var/log/service-" + built);
        }
        lines("RUN groupadd --system --gid 10001 app \\",
                "    && useradd --system --uid 10001 --gid app --home-dir \"$APP_HOME\" app",
                "",
                "# the service itself, built in its own stage above",
                "COPY --from=build-" + built + " --chown=app:app /out/service-" + built + " $APP_HOME/",
                "WORKDIR $APP_HOME",
                "USER app:app",
                "",
                "# the HTTP API and its health probe",
                "EXPOSE " + (8000 + built % 1000),
                "HEALTHCHECK --interval=30s --timeout=3s --retries=3 \\",
                "    CMD [\"curl\", \"-fsS\", \"http://localhost:" + (8000 + built % 1000) + "/healthz\"]",
                "",
                "# tini reaps zombies and forwards signals to the service",
                "ENTRYPOINT [\"/usr/bin/tini\", \"--\"]",
                "CMD [\"/opt/service-" + built + "/service-" + built + "\", \"serve\"]",
                "");
    }
}
