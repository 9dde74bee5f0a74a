package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GemUnpinnedRuleTest {

    private static final String FROM = "FROM ruby:3.3\n";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new GemUnpinnedRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("gem install", FROM + "RUN gem install «bundler»\n"),
                RuleCase.flags("two gems", FROM + "RUN gem install --no-document «rails» «puma»\n"),
                RuleCase.flags("exec form", FROM + "RUN [\"gem\", \"install\", «\"bundler\"»]\n"),
                RuleCase.passes("-v", FROM + "RUN gem install bundler -v 2.5.11\n"),
                RuleCase.passes("--version=", FROM + "RUN gem install bundler --version=2.5.11\n"),
                RuleCase.passes("name:version", FROM + "RUN gem install bundler:2.5.11 rake:13.2.1\n"),
                RuleCase.passes("local gem file", FROM + "RUN gem install ./pkg/app-1.0.gem\n"),
                RuleCase.passes("gem update", FROM + "RUN gem update --system 3.5.11\n"),
                RuleCase.passes("variable", FROM + "RUN gem install \"bundler:$BUNDLER_VERSION\" $GEMS\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheGem() {
        tester.assertMessage(FROM + "RUN gem install bundler\n",
                "Gem \"bundler\" is installed without a version; pin one (gem install bundler -v <version>)");
    }
}
