package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.config.Config;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelNotInSchemaRuleTest {

    private static final Config STRICT = BuiltinRules.configLoader().load("""
            dockerfile:
              strictLabels: true
              labelSchema:
                org.opencontainers.image.title: text
            """).config();
    private static final String FROM = "FROM alpine:3.20\n";
    private static final String FIX = "Delete the label";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new LabelNotInSchemaRule(), new DockerfileLanguage(), "Dockerfile").withConfig(STRICT);

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("unlisted label", FROM + "LABEL «maintainer»=me\n"),
                RuleCase.flags("each unlisted label, any stage", "FROM alpine:3.20 AS b\nLABEL «a»=1\n" + FROM
                        + "LABEL org.opencontainers.image.title=app «b»=2\n"),
                RuleCase.passes("listed labels", FROM + "LABEL org.opencontainers.image.title=app\n"),
                RuleCase.passes("keys from variables", FROM + "LABEL ${NS}.title=app\n"),
                RuleCase.passes("ONBUILD labels belong to child images", FROM + "ONBUILD LABEL x=y\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void onlyWithStrictLabels() {
        Config lenient = BuiltinRules.configLoader().load("dockerfile:\n  labelSchema:\n    a: text\n").config();
        RuleTester<Dockerfile> plain = RuleTester.of(new LabelNotInSchemaRule(), new DockerfileLanguage(), "Dockerfile");
        assertEquals(List.of(), plain.withConfig(lenient).findings(FROM + "LABEL b=1\n"));
        assertEquals(List.of(), plain.withConfig(Config.DEFAULT).findings(FROM + "LABEL b=1\n"));
    }

    @Test
    void fixDeletesThePairOrTheWholeLabel() {
        tester.assertFix(FROM + "LABEL maintainer=me\nRUN true\n", FIX, FROM + "RUN true\n");
        tester.assertFix(FROM + "LABEL org.opencontainers.image.title=app «b»=2\n", FIX,
                FROM + "LABEL org.opencontainers.image.title=app\n");
        tester.assertFix(FROM + "LABEL «b»=2 \\\n  org.opencontainers.image.title=app\r\n", FIX,
                FROM + "LABEL org.opencontainers.image.title=app\r\n");
        tester.assertFix(FROM + "LABEL maintainer me\n", FIX, FROM);
    }
}
