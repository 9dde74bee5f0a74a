package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PipInstallUnlockedRuleTest {

    private static final String FROM = "FROM python:3.12-slim\n";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new PipInstallUnlockedRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("-r", FROM + "RUN pip install --no-cache-dir -r «requirements.txt»\n"),
                RuleCase.flags("--requirement=", FROM + "RUN pip install --no-cache-dir «--requirement=req/base.txt»\n"),
                RuleCase.flags("attached -r", FROM + "RUN pip install --no-cache-dir «-rrequirements.txt»\n"),
                RuleCase.flags("two files", FROM + "RUN pip install --no-cache-dir -r «a.txt» -r «b.txt»\n"),
                RuleCase.flags("python -m pip", FROM + "RUN python -m pip install --no-cache-dir -r «requirements.txt»\n"),
                RuleCase.passes("--require-hashes", FROM + "RUN pip install --no-cache-dir --require-hashes -r requirements.txt\n"),
                RuleCase.passes("no requirements file", FROM + "RUN pip install --no-cache-dir flask==3.0.3\n"),
                RuleCase.passes("pip-sync", FROM + "RUN pip-sync requirements.txt\n"),
                RuleCase.passes("uv sync", FROM + "RUN uv sync --locked\n"),
                RuleCase.passes("poetry install", FROM + "RUN poetry install --no-root\n"),
                RuleCase.passes("variable", FROM + "RUN pip install --no-cache-dir -r \"$REQS\"\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheFile() {
        tester.assertMessage(FROM + "RUN pip install --no-cache-dir -r requirements.txt\n",
                "\"requirements.txt\" is installed without --require-hashes, so pip accepts any file the index serves"
                        + " for it and resolves unpinned dependencies anew; generate hashes (pip-compile"
                        + " --generate-hashes, uv pip compile --generate-hashes) and add --require-hashes");
    }
}
