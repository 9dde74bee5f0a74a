package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelKeyInvalidRuleTest {

    private static final String FROM = "FROM alpine:3.20\n";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new LabelKeyInvalidRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("upper case", FROM + "LABEL «Maintainer»=\"Jane\"\n"),
                RuleCase.flags("reserved namespace", FROM + "LABEL «com.docker.compose.project»=x\n"),
                RuleCase.flags("starts with a digit", FROM + "LABEL «1st»=x\n"),
                RuleCase.flags("ends with a separator", FROM + "LABEL «org.example.»=x\n"),
                RuleCase.flags("two separators", FROM + "LABEL «org..example»=x «a--b»=y\n"),
                RuleCase.flags("other characters", FROM + "LABEL «org.example:team»=x\n"),
                RuleCase.flags("quoted key", FROM + "LABEL «\"My Label\"»=x\n"),
                RuleCase.flags("legacy form", FROM + "LABEL «Version» 1.0\n"),
                RuleCase.flags("after a surrogate pair", FROM + "LABEL title=\"\uD83D\uDE00\" «Bad»=x\n"),
                RuleCase.flags("ONBUILD trigger", FROM + "ONBUILD LABEL «io.docker.x»=y\n"),
                RuleCase.passes("valid keys", FROM
                        + "LABEL org.opencontainers.image.title=app maintainer=me version=1 a_b=c x/y=z io.k8s.description=d\n"),
                RuleCase.passes("keys from variables", FROM + "LABEL ${PREFIX}.version=1\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messages() {
        tester.assertMessage(FROM + "LABEL Maintainer=x\n",
                "Label key \"Maintainer\" has upper-case letters; label keys are lower case (reverse-DNS, e.g. org.example.team)");
        tester.assertMessage(FROM + "LABEL com.docker.x=y\n",
                "Label key \"com.docker.x\" is in the namespace com.docker., which Docker reserves for itself");
    }
}
