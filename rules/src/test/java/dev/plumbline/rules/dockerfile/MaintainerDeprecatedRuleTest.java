package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MaintainerDeprecatedRuleTest {

    private static final String FROM = "FROM alpine:3.20\n";
    private static final String FIX = "Replace with LABEL org.opencontainers.image.authors";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new MaintainerDeprecatedRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("MAINTAINER", FROM + "«MAINTAINER» Jane Doe <jane@example.com>\n"),
                RuleCase.flags("lower case, before FROM too", "«maintainer» me\n" + FROM),
                RuleCase.passes("the label", FROM + "LABEL org.opencontainers.image.authors=\"Jane Doe\"\n"),
                RuleCase.passes("ONBUILD MAINTAINER is syntax-onbuild-trigger's", FROM + "ONBUILD MAINTAINER me\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(FROM + "MAINTAINER me\n",
                "MAINTAINER is deprecated; record the author with LABEL org.opencontainers.image.authors=\"…\"");
    }

    @Test
    void fixWritesTheLabel() {
        tester.assertFix(FROM + "MAINTAINER Jane Doe <jane@example.com>\n", FIX,
                FROM + "LABEL org.opencontainers.image.authors=\"Jane Doe <jane@example.com>\"\n");
        tester.assertFix(FROM + "MAINTAINER \"Jane Doe\"\r\nRUN true\r\n", FIX,
                FROM + "LABEL org.opencontainers.image.authors=\"Jane Doe\"\r\nRUN true\r\n");
        tester.assertFix("from alpine:3.20\nmaintainer say \"hi\" $5\n", FIX,
                "from alpine:3.20\nlabel org.opencontainers.image.authors=\"say \\\"hi\\\" \\$5\"\n");
    }
}
