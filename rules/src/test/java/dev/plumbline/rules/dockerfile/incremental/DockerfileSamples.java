package dev.plumbline.rules.dockerfile.incremental;

import dev.plumbline.testing.CorpusWorkspace;
import dev.plumbline.testing.RepositoryPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Realistic Dockerfiles to check incremental analysis on: the test workspaces', the corpus' and one made up here. */
final class DockerfileSamples {

    /** A sample: where it came from and its text. */
    record Sample(String name, String text) {
    }

    /** Many stages built on each other, inherited USER/SHELL/ENV, global ARGs, shell comments, suppressions. */
    static final String MULTI_STAGE = """
            # syntax=docker/dockerfile:1
            # check=error=true
            ARG BASE=debian:bookworm-slim
            ARG GO=1.22
            # hadolint shell=bash
            FROM golang:${GO} AS build
            WORKDIR /src
            COPY go.mod go.sum ./
            RUN go mod download && go install github.com/x/y@latest
            COPY . .
            # hadolint ignore=DL3059
            RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app

            FROM build AS test
            RUN go test ./... | tee /tmp/log
            ENV CI=true

            # the runtime
            FROM ${BASE} AS runtime
            SHELL ["/bin/bash", "-o", "pipefail", "-c"]
            RUN apt-get update && apt-get install -y curl && curl -s https://example.com/x.sh | sh
            USER root
            ENV HOME=/home/app PATH=$HOME/bin:$PATH
            COPY --from=build /out/app /usr/local/bin/app
            COPY --from=tset /x /y

            FROM runtime AS final
            # plumbline ignore=sudo
            RUN sudo apt-get install -y git && cd /tmp && wget http://example.com/a.tgz
            RUN pip install flask
            ADD https://example.com/a.tar.gz /opt/
            EXPOSE 80 8080/tcp 99999
            LABEL maintainer="x" org.opencontainers.image.version=1
            HEALTHCHECK CMD curl -f http://localhost/ || exit 1
            CMD node server.js
            """;

    /** A template in one stage silences the syntax rules everywhere; an unresolvable FROM looks for stages by name. */
    static final String TEMPLATE = """
            ARG FLAVOUR
            FROM alpine:3.20 AS tools-base
            RUN apk add curl
            WORKDIR /tools
            SHELL ["/bin/ash", "-eo", "pipefail", "-c"]

            FROM tools-${FLAVOUR} AS tools
            RUN curl -s http://x | sh
            COPY a b
            CMD run --fast

            FROM debian:12
            EXPOSE 99999
            LABEL version={{ .Version }}
            COPY --from=tools /t /t
            HEALTHCHECK --interval=5x CMD true
            """;

    private DockerfileSamples() {
    }

    /** Every sample: the made-up one, the test workspaces' Dockerfiles, the corpus' (when present). */
    static List<Sample> all() {
        List<Sample> out = new ArrayList<>();
        out.add(new Sample("multi-stage", MULTI_STAGE));
        out.add(new Sample("template", TEMPLATE));
        out.addAll(read(RepositoryPaths.testWorkspaces(), 10));
        Optional<Path> corpus = CorpusWorkspace.locate();
        corpus.ifPresent(c -> out.addAll(read(c.resolve("dockerfile"), 1)));
        return out;
    }

    private static List<Sample> read(Path dir, int depth) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir, depth)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".expected"))
                    .filter(p -> depth == 1 || p.getFileName().toString().contains("Dockerfile"))
                    .sorted().toList();
            List<Sample> out = new ArrayList<>();
            for (Path file : files) {
                out.add(new Sample(dir.relativize(file).toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
