package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.config.Config;
import dev.plumbline.engine.PeerId;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelSchemaValueRuleTest {

    private static final Config SCHEMA = BuiltinRules.configLoader().load("""
            dockerfile:
              labelSchema:
                title: text
                source: url
                version: semver
                revision: hash
                created: rfc3339
                licenses: spdx
                authors: email
            """).config();
    private static final String FROM = "FROM alpine:3.20\n";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new LabelSchemaValueRule(), new DockerfileLanguage(), "Dockerfile").withConfig(SCHEMA);

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("empty text", FROM + "LABEL «title»=\"\"\n"),
                RuleCase.flags("url without scheme", FROM + "LABEL source=«github.com/acme/app»\n"),
                RuleCase.flags("version with a v", FROM + "LABEL version=«v1.2.3»\n"),
                RuleCase.flags("short version", FROM + "LABEL version=«1.2»\n"),
                RuleCase.flags("hash that is not hex", FROM + "LABEL revision=«main»\n"),
                RuleCase.flags("date without time", FROM + "LABEL created=«2024-05-01»\n"),
                RuleCase.flags("license with spaces", FROM + "LABEL licenses=«\"Apache License 2.0\"»\n"),
                RuleCase.flags("not an e-mail", FROM + "LABEL authors=«\"Jane Doe\"»\n"),
                RuleCase.flags("legacy form", FROM + "LABEL version «one»\n"),
                RuleCase.passes("values that fit", FROM + """
                        LABEL title="My app" source=https://github.com/acme/app version=1.2.3-rc.1+build.5 \\
                              revision=0a4eaa0eecf5f8c050e5bba433f58c052be7587e created=2024-05-01T12:00:00Z \\
                              licenses="Apache-2.0 OR MIT" authors=jane@example.com
                        LABEL revision=0a4eaa0 created=2024-05-01T12:00:00.5+02:00 licenses="(MIT AND BSD-3-Clause)"
                        LABEL licenses="GPL-2.0-only WITH Classpath-exception-2.0" licenses=LicenseRef-acme
                        """),
                RuleCase.passes("variables", FROM + "ARG VERSION\nLABEL version=$VERSION created=${BUILD_DATE}\n"),
                RuleCase.passes("labels outside the schema", FROM + "LABEL other=\"\"\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesAndCodes() {
        tester.assertMessage(FROM + "LABEL version=v1\n",
                "Label \"version\" is not a semantic version (1.2.3, 1.2.3-rc.1+build) (dockerfile.labelSchema: semver)");
        assertEquals(List.of(PeerId.of(PeerId.HADOLINT, "DL3052")), tester.onlyFinding(FROM + "LABEL source=x\n").peers());
        assertEquals(List.of(PeerId.of(PeerId.HADOLINT, "DL3051")), tester.onlyFinding(FROM + "LABEL title=\n").peers());
    }

    @Test
    void offWithoutASchema() {
        assertEquals(List.of(), RuleTester.of(new LabelSchemaValueRule(), new DockerfileLanguage(), "Dockerfile")
                .findings(FROM + "LABEL version=x\n"));
    }
}
