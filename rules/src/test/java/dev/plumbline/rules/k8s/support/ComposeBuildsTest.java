package dev.plumbline.rules.k8s.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.rules.gha.support.ImageBuilds.Build;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComposeBuildsTest {

    private static List<Build> builds(String path, String compose) {
        return ComposeBuilds.EXTRACTOR.extract(path, compose).map(ComposeBuilds::builds).orElse(List.of());
    }

    @Test
    void servicesWithImageAndBuild() {
        assertEquals(List.of(new Build("ghcr.io/acme/api", "deploy/api/Dockerfile", ""),
                new Build("ghcr.io/acme/web", "web/docker/prod.Dockerfile", "release"),
                new Build("docker.io/acme/worker", "deploy/Dockerfile", ""),
                new Build("ghcr.io/acme/tagged", "deploy/Dockerfile", "")),
                builds("deploy/docker-compose.yml", """
                        services:
                          api:
                            image: ghcr.io/acme/api:${TAG}
                            build: ./api
                          web:
                            image: ${REGISTRY:-ghcr.io/acme}/web:1
                            build:
                              context: ../web
                              dockerfile: docker/prod.Dockerfile
                              target: release
                          worker:
                            image: acme/worker
                            build: {}
                          tagged:
                            image: ghcr.io/acme/tagged:${TAG:-latest}
                            build: .
                          pulled:
                            image: postgres:16
                          unnamed:
                            build: ./unnamed
                          dynamic:
                            image: ${REGISTRY}/dynamic
                            build: .
                          remote:
                            image: ghcr.io/acme/remote
                            build: https://github.com/acme/remote.git
                          inline:
                            image: ghcr.io/acme/inline
                            build:
                              dockerfile_inline: FROM alpine
                          outside:
                            image: ghcr.io/acme/outside
                            build: ../../elsewhere
                        """));
    }

    @Test
    void namesAndGarbage() {
        for (String name : List.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.prod.yml",
                "app/compose.override.yaml")) {
            assertTrue(ComposeBuilds.EXTRACTOR.accepts(name), name);
        }
        for (String name : List.of("mycompose.yml", "compose.json", "deploy/app.yaml")) {
            assertFalse(ComposeBuilds.EXTRACTOR.accepts(name), name);
        }
        assertEquals(Optional.empty(), ComposeBuilds.EXTRACTOR.extract("compose.yaml", "services: [a, b]\n"));
        assertEquals(Optional.empty(), ComposeBuilds.EXTRACTOR.extract("compose.yaml", "\0\0{{{"));
        assertEquals(Optional.empty(), ComposeBuilds.EXTRACTOR.extract("compose.yaml", ""));
    }
}
