package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CopyThenExtractRuleTest {

    private static final String FROM = "FROM debian:12\n";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new CopyThenExtractRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("tar -xzf", FROM + "COPY «app.tar.gz» /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n"),
                RuleCase.flags("old-style tar", FROM + "COPY «dist/app.tgz» /tmp/\nRUN cd /opt && tar xzf /tmp/app.tgz\n"),
                RuleCase.flags("--extract --file=", FROM + "COPY «app.tar» /tmp/\nRUN tar --extract --file=/tmp/app.tar\n"),
                RuleCase.flags("unzip", FROM + "COPY «site.zip» /tmp/\nRUN unzip /tmp/site.zip -d /srv\n"),
                RuleCase.flags("in a later RUN", FROM + "COPY «app.tar.gz» /tmp/\nRUN true\nRUN tar -xf /tmp/app.tar.gz\n"),
                RuleCase.passes("ADD", FROM + "ADD app.tar.gz /opt/\n"),
                RuleCase.passes("not extracted", FROM + "COPY app.tar.gz /srv/downloads/\n"),
                RuleCase.passes("tar creates", FROM + "COPY app.tar /tmp/\nRUN tar -cf /tmp/other.tar /etc && tar -tf /tmp/app.tar\n"),
                RuleCase.passes("another archive extracted", FROM + "COPY a.tar.gz /tmp/\nRUN tar -xzf /tmp/b.tar.gz\n"),
                RuleCase.passes("extracted before the COPY", FROM + "RUN tar -xzf /tmp/app.tar.gz\nCOPY app.tar.gz /tmp/\n"),
                RuleCase.passes("another stage", "FROM debian:12 AS a\nCOPY app.tar.gz /tmp/\nFROM debian:12\n"
                        + "RUN tar -xzf /tmp/app.tar.gz\n"),
                RuleCase.passes("COPY --from", FROM + "COPY --from=build /out/app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messages() {
        tester.assertMessage(FROM + "COPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz\n", "\"app.tar.gz\" is copied in"
                + " and then extracted, so the archive stays in the image as an extra layer; use ADD, which unpacks tar"
                + " archives, or extract it from a RUN --mount=type=bind");
        tester.assertMessage(FROM + "COPY site.zip /tmp/\nRUN unzip /tmp/site.zip\n", "\"site.zip\" is copied in and then"
                + " extracted, so the archive stays in the image as an extra layer; extract it from a RUN"
                + " --mount=type=bind,source=… instead");
    }
}
