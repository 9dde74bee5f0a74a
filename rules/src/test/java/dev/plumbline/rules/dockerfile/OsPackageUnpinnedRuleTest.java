package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.plumbline.config.Config;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OsPackageUnpinnedRuleTest {

    private static final Config ON = new Config(Map.of("dockerfile/os-package-unpinned",
            RuleSetting.severity(Severity.INFORMATION)), List.of(), null, null, Map.of());

    private final RuleTester<Dockerfile> tester = RuleTester.of(new OsPackageUnpinnedRule(), new DockerfileLanguage(),
            "Dockerfile").withConfig(ON);

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("apt-get", "FROM debian:12\nRUN apt-get install -y «curl» git=1:2.39.5-0+deb12u1\n"),
                RuleCase.flags("apk", "FROM alpine:3.20\nRUN apk add --no-cache «curl» git=2.45.2-r0 tzdata~2024\n"),
                RuleCase.flags("apk virtual name is not a package", "FROM alpine:3.20\n"
                        + "RUN apk add --no-cache --virtual .deps «gcc»\n"),
                RuleCase.flags("yum", "FROM centos:7\nRUN yum install -y «httpd» «python3-devel» mod_ssl-2.4.6\n"),
                RuleCase.flags("dnf", "FROM fedora:40\nRUN dnf install -y «gcc»\n"),
                RuleCase.flags("microdnf", "FROM ubi9/ubi-minimal\nRUN microdnf install -y «tar»\n"),
                RuleCase.flags("zypper", "FROM opensuse/leap\nRUN zypper -n in «curl» git=2.43\n"),
                RuleCase.passes("apt pinned", "FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u8\n"),
                RuleCase.passes("local .deb", "FROM debian:12\nRUN apt-get install -y ./pkg.deb /tmp/x.deb\n"),
                RuleCase.passes("target release", "FROM debian:12\nRUN apt-get install -y curl/bookworm-backports\n"),
                RuleCase.passes("variable", "FROM debian:12\nRUN apt-get install -y $PACKAGES \"${EXTRA}\"\n"),
                RuleCase.passes("rpm file", "FROM fedora:40\nRUN dnf install -y ./x.rpm https://example.com/y.rpm\n"),
                RuleCase.passes("dnf group", "FROM fedora:40\nRUN dnf install -y @development-tools\n"),
                RuleCase.passes("other subcommands", "FROM debian:12\nRUN apt-get update && apt-get remove -y curl\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void offByDefault() {
        assertFalse(OsPackageUnpinnedRule.META.enabledByDefault());
        assertEquals(0, RuleTester.of(new OsPackageUnpinnedRule(), new DockerfileLanguage(), "Dockerfile")
                .findings("FROM debian:12\nRUN apt-get install -y curl\n").size());
    }

    @Test
    void aPeerIdSwitchesItOnForThatTool() {
        Config dl3008 = new Config(Map.of("DL3008", RuleSetting.severity(Severity.WARNING)), List.of(), null, null, Map.of());
        RuleTester<Dockerfile> viaPeer = RuleTester.of(new OsPackageUnpinnedRule(), new DockerfileLanguage(), "Dockerfile")
                .withConfig(dl3008);
        assertEquals(1, viaPeer.findings("FROM debian:12\nRUN apt-get install -y curl\n").size());
    }

    @Test
    void messageShowsHowToPin() {
        tester.assertMessage("FROM debian:12\nRUN apt-get install -y curl\n",
                "Package \"curl\" is installed without a version (curl=<version>)");
        tester.assertMessage("FROM fedora:40\nRUN dnf install -y gcc\n",
                "Package \"gcc\" is installed without a version (gcc-<version>)");
    }

    @Test
    void peerIdPerTool() {
        assertEquals(List.of(PeerId.of(PeerId.HADOLINT, "DL3018")),
                tester.onlyFinding("FROM alpine:3\nRUN apk add --no-cache curl\n").peers());
        assertEquals(List.of(PeerId.of(PeerId.HADOLINT, "DL3041")),
                tester.onlyFinding("FROM fedora:40\nRUN microdnf install -y tar\n").peers());
        assertEquals(List.of(PeerId.of(PeerId.HADOLINT, "DL3037")),
                tester.onlyFinding("FROM opensuse/leap\nRUN zypper -n in tar\n").peers());
        assertEquals(List.of(PeerId.of(PeerId.HADOLINT, "DL3033")),
                tester.onlyFinding("FROM centos:7\nRUN yum install -y tar\n").peers());
    }
}
