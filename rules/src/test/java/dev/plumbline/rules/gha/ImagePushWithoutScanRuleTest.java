package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ImagePushWithoutScanRuleTest {

    private static final String HEAD = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new ImagePushWithoutScanRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("docker push", HEAD + "      - run: docker build -t app . && «docker push» app\n"),
                RuleCase.flags("buildx --push", HEAD + "      - run: docker buildx build «--push» -t app .\n"),
                RuleCase.flags("build-push-action", HEAD + "      - uses: docker/build-push-action@v6\n        with:\n"
                        + "          push: «true»\n          tags: app:1\n"),
                RuleCase.passes("scanned in the job", HEAD + "      - uses: docker/build-push-action@v6\n        with:\n"
                        + "          load: true\n          tags: app:1\n"
                        + "      - uses: aquasecurity/trivy-action@0.28.0\n        with:\n          image-ref: app:1\n"
                        + "      - run: docker push app:1\n"),
                RuleCase.passes("scanned by command", HEAD + "      - run: docker build -t app . && trivy image app\n"
                        + "      - run: docker push app\n"),
                RuleCase.passes("scanned in a needed job", "on: push\njobs:\n  scan:\n    runs-on: ubuntu-latest\n"
                        + "    steps:\n      - run: grype app:1\n  push:\n    needs: scan\n    runs-on: ubuntu-latest\n"
                        + "    steps:\n      - run: docker push app:1\n"),
                RuleCase.passes("scanned by a job that needs it", HEAD + "      - run: docker push app:1\n  scan:\n"
                        + "    needs: build\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker scout cves app:1\n"),
                RuleCase.passes("no push", HEAD + "      - uses: docker/build-push-action@v6\n        with:\n"
                        + "          push: false\n"),
                RuleCase.passes("push from an expression", HEAD + "      - uses: docker/build-push-action@v6\n"
                        + "        with:\n          push: ${{ github.event_name != 'pull_request' }}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }
}
