package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GoInstallUnpinnedRuleTest {

    private static final String FROM = "FROM golang:1.22\n";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new GoInstallUnpinnedRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("@latest", FROM + "RUN go install «golang.org/x/tools/cmd/goimports@latest»\n"),
                RuleCase.flags("branch", FROM + "RUN go install «github.com/org/tool@main»\n"),
                RuleCase.flags("version query", FROM + "RUN go install «github.com/org/tool@v1.2»\n"),
                RuleCase.flags("go get without a version", FROM + "RUN go get -u «github.com/org/lib»\n"),
                RuleCase.flags("go run of a remote package", FROM + "RUN go run «github.com/org/gen@latest» -out x.go\n"),
                RuleCase.flags("flags with values", FROM + "RUN go install -ldflags '-s -w' «github.com/org/tool»\n"),
                RuleCase.passes("version", FROM + "RUN go install golang.org/x/tools/cmd/goimports@v0.21.0\n"),
                RuleCase.passes("pseudo-version", FROM
                        + "RUN go install github.com/org/tool@v0.0.0-20240501123456-abcdef123456\n"),
                RuleCase.passes("commit", FROM + "RUN go install github.com/org/tool@4f1c2ab9\n"),
                RuleCase.passes("local packages", FROM + "RUN go install ./... && go build -o /app ./cmd/app\n"),
                RuleCase.passes("go run of local files", FROM + "RUN go run main.go github.com/not/a/package\n"),
                RuleCase.passes("go run of the main package", FROM + "RUN go run . github.com/arg\n"),
                RuleCase.passes("go get @none", FROM + "RUN go get github.com/org/lib@none\n"),
                RuleCase.passes("variable", FROM + "RUN go install \"github.com/org/tool@${VERSION}\"\n"),
                RuleCase.passes("go mod download", FROM + "RUN go mod download\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesNameThePackage() {
        tester.assertMessage(FROM + "RUN go install github.com/org/tool@latest\n", "\"github.com/org/tool@latest\" is"
                + " fetched at \"latest\", which moves; pin a version (github.com/org/tool@v<version>)");
        tester.assertMessage(FROM + "RUN go get github.com/org/lib\n",
                "\"github.com/org/lib\" is fetched without a version; pin one (github.com/org/lib@v<version>)");
    }
}
