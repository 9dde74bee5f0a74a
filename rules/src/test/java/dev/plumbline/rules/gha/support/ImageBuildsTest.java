package dev.plumbline.rules.gha.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.rules.gha.support.ImageBuilds.Build;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageBuildsTest {

    private static List<Build> builds(String path, String workflow) {
        return ImageBuilds.EXTRACTOR.extract(path, workflow).map(ImageBuilds::builds).orElse(List.of());
    }

    private static String steps(String steps) {
        return "on: push\nenv:\n  REGISTRY: ghcr.io/acme\njobs:\n  b:\n    runs-on: ubuntu-latest\n    env:\n"
                + "      DYNAMIC: ${{ github.repository }}\n    steps:\n" + steps.indent(6);
    }

    @Test
    void buildPushActionTags() {
        assertEquals(List.of(new Build("ghcr.io/acme/api", "Dockerfile", ""), new Build("docker.io/library/api", "Dockerfile", ""),
                new Build("ghcr.io/acme/web", "Dockerfile", "")),
                builds(".github/workflows/ci.yml", steps("""
                        - uses: docker/build-push-action@v6
                          with:
                            tags: |
                              ghcr.io/acme/api:${{ github.sha }}
                              api:latest, ${{ env.REGISTRY }}/web:1
                              ${{ env.DYNAMIC }}/x:1
                              ghcr.io/${{ github.repository }}:1
                        """)));
    }

    @Test
    void contextFileAndTarget() {
        assertEquals(List.of(new Build("ghcr.io/acme/api", "services/api/Dockerfile", ""),
                new Build("ghcr.io/acme/web", "docker/web.Dockerfile", "prod"),
                new Build("ghcr.io/acme/sub", "sub/Dockerfile", "")),
                builds(".github/workflows/ci.yml", steps("""
                        - uses: docker/build-push-action@v6
                          with:
                            context: ./services/api
                            tags: ghcr.io/acme/api:1
                        - uses: docker/build-push-action@v6
                          with:
                            context: web
                            file: ./docker/web.Dockerfile
                            target: prod
                            tags: ghcr.io/acme/web
                        - uses: docker/build-push-action@v6
                          with:
                            context: "{{defaultContext}}:sub"
                            tags: ghcr.io/acme/sub
                        - uses: docker/build-push-action@v6
                          with:
                            context: ${{ github.workspace }}
                            tags: ghcr.io/acme/skipped
                        """)));
    }

    @Test
    void metadataActionImages() {
        assertEquals(List.of(new Build("ghcr.io/acme/api", "Dockerfile", ""), new Build("docker.io/acme/api", "Dockerfile", "")),
                builds(".github/workflows/ci.yml", steps("""
                        - id: meta
                          uses: docker/metadata-action@v5
                          with:
                            images: |
                              ${{ env.REGISTRY }}/api
                              name=acme/api,enable=true
                        - uses: docker/build-push-action@v6
                          with:
                            tags: ${{ steps.meta.outputs.tags }}
                        """)));
    }

    @Test
    void runScripts() {
        assertEquals(List.of(new Build("ghcr.io/acme/tool", "tools/Dockerfile", ""),
                new Build("ghcr.io/acme/tool-debug", "tools/debug.Dockerfile", "debug"),
                new Build("docker.io/library/app", "Dockerfile", ""),
                new Build("ghcr.io/acme/x", "ci/Dockerfile", "")),
                builds(".github/workflows/ci.yml", steps("""
                        - run: |
                            cd tools
                            docker build -t ghcr.io/acme/tool:"$GITHUB_SHA" .
                            docker buildx build --target debug -f debug.Dockerfile --tag=ghcr.io/acme/tool-debug --push .
                            docker build -t "$IMAGE" .
                        - run: podman build --file=Dockerfile -t app app # -f is read from the working directory
                        - working-directory: ci
                          run: docker image build --build-arg X=1 -t ghcr.io/acme/x:${{ github.sha }} .
                        """)));
    }

    @Test
    void aNestedRepositoryResolvesFromItsOwnRoot() {
        assertEquals(List.of(new Build("ghcr.io/acme/api", "repo/api/Dockerfile", "")),
                builds("repo/.github/workflows/ci.yml", steps("- run: docker build -t ghcr.io/acme/api api\n")));
        assertEquals(Optional.empty(), ImageBuilds.EXTRACTOR.extract(".github/workflows/x.yml", "on: push\n"));
        assertEquals(Optional.empty(), ImageBuilds.EXTRACTOR.extract(".github/workflows/x.yml", "\0garbage: [\n"));
    }
}
