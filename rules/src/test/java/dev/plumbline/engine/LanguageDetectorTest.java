package dev.plumbline.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LanguageDetectorTest {

    private static final String DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Dockerfile", "", "", Language.DOCKERFILE),
                Arguments.of("app/Containerfile", "", "", Language.DOCKERFILE),
                Arguments.of("build/api.Dockerfile", "", "", Language.DOCKERFILE),
                Arguments.of("Dockerfile.dev", "", "", Language.DOCKERFILE),
                Arguments.of("docker/prod.dockerfile", "", "", Language.DOCKERFILE),
                Arguments.of("untitled-1", "dockerfile", "", Language.DOCKERFILE),
                Arguments.of(".github/workflows/ci.yml", "", "on: push", Language.GITHUB_ACTIONS),
                Arguments.of("repo/.github/workflows/release.yaml", "yaml", "", Language.GITHUB_ACTIONS),
                Arguments.of("C:\\repo\\.github\\workflows\\ci.yml", "", "", Language.GITHUB_ACTIONS),
                Arguments.of("actions/setup/action.yml", "", "runs:\n", Language.GITHUB_ACTIONS),
                Arguments.of("scratch.yml", "github-actions-workflow", "", Language.GITHUB_ACTIONS),
                Arguments.of("deploy/app.yaml", "", DEPLOYMENT, Language.KUBERNETES),
                // a client that sends one language id for everything: the YAML name wins
                Arguments.of("deploy/app.yaml", "dockerfile", DEPLOYMENT, Language.KUBERNETES),
                Arguments.of(".github/workflows/ci.yml", "dockerfile", "on: push", Language.GITHUB_ACTIONS),
                Arguments.of("deploy/app.yaml", "", "\uFEFF" + DEPLOYMENT, Language.KUBERNETES),
                Arguments.of("multi.yml", "", "kind: ConfigMap\n---\n# x\napiVersion: v1\n", Language.KUBERNETES),
                Arguments.of(".plumbline.yaml", "", "rules: {}", Language.PLUMBLINE_CONFIG),
                // peer configurations Plumbline reads, so their problems show on them
                Arguments.of("repo/zizmor.yml", "yaml", "rules: {}", Language.PLUMBLINE_CONFIG),
                Arguments.of("repo/.github/zizmor.yaml", "", "", Language.PLUMBLINE_CONFIG),
                Arguments.of("C:\\repo\\.github\\actionlint.yaml", "", "", Language.PLUMBLINE_CONFIG),
                Arguments.of(".github/actionlint.yml", "yaml", "", Language.PLUMBLINE_CONFIG),
                // kustomize reads its own file without apiVersion and kind
                Arguments.of("deploy/base/kustomization.yaml", "", "resources: [deployment.yaml]\n", Language.KUBERNETES),
                Arguments.of("kustomization.yml", "", "", Language.KUBERNETES),
                Arguments.of("overlays/prod/Kustomization", "", "namespace: prod\n", Language.KUBERNETES),
                Arguments.of("C:\\repo\\Kustomization", "plaintext", "resources: []\n", Language.KUBERNETES));
    }

    @ParameterizedTest(name = "{0} ({1}) is {3}")
    @MethodSource("cases")
    void detects(String path, String languageId, String text, Language expected) {
        assertEquals(Optional.of(expected), LanguageDetector.detect(path, languageId, text));
    }

    static Stream<Arguments> notOurs() {
        return Stream.of(
                Arguments.of("docker-compose.yml", "", "services:\n  web:\n    image: x\n"),
                Arguments.of(".github/workflows/sub/nested.yml", "", "jobs: {}\n"),
                Arguments.of("chart/templates/deploy.yaml", "", "apiVersion: v1\nkind: {{ .Values.kind }}\n"),
                Arguments.of("values.yaml", "", "  apiVersion: v1\n  kind: Pod\n"),
                Arguments.of("README.md", "", DEPLOYMENT),
                Arguments.of("notes.txt", "plaintext", ""),
                Arguments.of("config/application.yaml", "", "resources: [a.yaml]\nnamespace: prod\n"),
                Arguments.of("my-kustomization.yaml", "", "resources: [a.yaml]\n"),
                Arguments.of("Kustomization.yaml", "", "resources: [a.yaml]\n"),
                // actionlint reads its configuration from .github/ only
                Arguments.of("actionlint.yaml", "", "self-hosted-runner: {}\n"),
                Arguments.of("my-zizmor.yml", "", "rules: {}\n"),
                Arguments.of("chart/templates/kustomization.yaml", "", "resources: [{{ .Values.file }}]\n"));
    }

    @ParameterizedTest(name = "{0} is not checked")
    @MethodSource("notOurs")
    void leavesOtherFilesAlone(String path, String languageId, String text) {
        assertEquals(Optional.empty(), LanguageDetector.detect(path, languageId, text));
    }
}
