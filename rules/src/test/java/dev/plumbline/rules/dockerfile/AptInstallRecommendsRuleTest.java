package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AptInstallRecommendsRuleTest {

    private static final String FROM = "FROM debian:12\n";
    private static final String FIX = AptInstallRecommendsRule.FIX_TITLE;

    private final RuleTester<Dockerfile> tester = RuleTester.of(new AptInstallRecommendsRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("apt-get install", FROM + "RUN apt-get «install» -y curl\n"),
                RuleCase.flags("apt install", FROM + "RUN apt «install» -y curl\n"),
                RuleCase.flags("two installs", FROM + "RUN apt-get «install» -y a && apt-get «install» -y b\n"),
                RuleCase.flags("exec form", FROM + "RUN [\"apt-get\", «\"install\"», \"-y\", \"curl\"]\n"),
                RuleCase.flags("ONBUILD", FROM + "ONBUILD RUN apt-get «install» -y curl\n"),
                RuleCase.flags("recommends switched on explicitly", FROM
                        + "RUN apt-get -o APT::Install-Recommends=true «install» -y curl\n"),
                RuleCase.passes("--no-install-recommends", FROM + "RUN apt-get install -y --no-install-recommends curl\n"),
                RuleCase.passes("option after the packages", FROM + "RUN apt-get install -y curl --no-install-recommends\n"),
                RuleCase.passes("apt option", FROM + "RUN apt-get -o APT::Install-Recommends=false install -y curl\n"),
                RuleCase.passes("apt option, attached", FROM + "RUN apt-get -oAPT::Install-Recommends=0 install -y curl\n"),
                RuleCase.passes("simulation", FROM + "RUN apt-get install -s curl\n"),
                RuleCase.passes("other subcommands", FROM + "RUN apt-get update && apt-get upgrade -y\n"),
                RuleCase.passes("apt-cache", FROM + "RUN apt-cache policy curl\n"),
                RuleCase.passes("not apt", FROM + "RUN pip install curl\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheCommand() {
        tester.assertMessage(FROM + "RUN apt-get install -y curl\n",
                "\"apt-get install\" without --no-install-recommends also installs every recommended package");
    }

    @Test
    void fixInsertsTheOption() {
        tester.assertFix(FROM + "RUN apt-get install -y curl\n", FIX,
                FROM + "RUN apt-get install --no-install-recommends -y curl\n");
    }

    @Test
    void fixInExecForm() {
        tester.assertFix(FROM + "RUN [\"apt-get\", \"install\", \"-y\", \"curl\"]\n", FIX,
                FROM + "RUN [\"apt-get\", \"install\", \"--no-install-recommends\", \"-y\", \"curl\"]\n");
    }

    @Test
    void fixInAHeredoc() {
        tester.assertFix(FROM + "RUN <<EOF\napt-get install -y curl\nEOF\n", FIX,
                FROM + "RUN <<EOF\napt-get install --no-install-recommends -y curl\nEOF\n");
    }
}
