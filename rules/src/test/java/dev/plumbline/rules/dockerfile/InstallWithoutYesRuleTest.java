package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.PeerId;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InstallWithoutYesRuleTest {

    private static final String FROM = "FROM debian:12\n";
    private static final String FIX = InstallWithoutYesRule.FIX_TITLE;

    private final RuleTester<Dockerfile> tester = RuleTester.of(new InstallWithoutYesRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("apt-get install", FROM + "RUN apt-get «install» curl\n"),
                RuleCase.flags("apt-get upgrade", FROM + "RUN apt-get update && apt-get «upgrade»\n"),
                RuleCase.flags("apt install", FROM + "RUN apt «install» curl\n"),
                RuleCase.flags("one -q is not enough", FROM + "RUN apt-get -q «install» curl\n"),
                RuleCase.flags("assume-yes switched off", FROM + "RUN apt-get -o APT::Get::Assume-Yes=false «install» x\n"),
                RuleCase.flags("yum install", "FROM centos:7\nRUN yum «install» httpd\n"),
                RuleCase.flags("yum groupinstall", "FROM centos:7\nRUN yum «groupinstall» 'Development Tools'\n"),
                RuleCase.flags("dnf install", "FROM fedora:40\nRUN dnf «install» gcc\n"),
                RuleCase.flags("microdnf install", "FROM ubi9/ubi-minimal\nRUN microdnf «install» tar\n"),
                RuleCase.flags("zypper install", "FROM opensuse/leap\nRUN zypper «install» curl\n"),
                RuleCase.flags("zypper in", "FROM opensuse/leap\nRUN zypper «in» curl\n"),
                RuleCase.flags("sudo in front", FROM + "RUN sudo apt-get «install» curl\n"),
                RuleCase.flags("exec form", FROM + "RUN [\"apt-get\", «\"install\"», \"curl\"]\n"),
                RuleCase.flags("heredoc", FROM + "RUN <<EOF\napt-get update\napt-get «install» curl\nEOF\n"),
                RuleCase.flags("ONBUILD", FROM + "ONBUILD RUN apt-get «install» curl\n"),
                RuleCase.flags("across continuation lines", FROM + "RUN apt-get update \\\n && apt-get \\\n   «install» curl\n"),
                RuleCase.passes("-y", FROM + "RUN apt-get install -y curl\n"),
                RuleCase.passes("-y after the packages", FROM + "RUN apt-get install curl -y\n"),
                RuleCase.passes("bundled -qy", FROM + "RUN apt-get -qy install curl\n"),
                RuleCase.passes("--yes", FROM + "RUN apt-get install --yes curl\n"),
                RuleCase.passes("--assume-yes", FROM + "RUN apt-get install --assume-yes curl\n"),
                RuleCase.passes("-qq implies -y", FROM + "RUN apt-get -qq install curl\n"),
                RuleCase.passes("-q=2", FROM + "RUN apt-get -q=2 install curl\n"),
                RuleCase.passes("apt option", FROM + "RUN apt-get -o APT::Get::Assume-Yes=true install curl\n"),
                RuleCase.passes("yes piped in", FROM + "RUN yes | apt-get install curl\n"),
                RuleCase.passes("simulation", FROM + "RUN apt-get install -s curl > /dev/null\n"),
                RuleCase.passes("apt-get update does not ask", FROM + "RUN apt-get update\n"),
                RuleCase.passes("yum -y", "FROM centos:7\nRUN yum -y install httpd\n"),
                RuleCase.passes("dnf --assumeyes", "FROM fedora:40\nRUN dnf --assumeyes install gcc\n"),
                RuleCase.passes("zypper -n", "FROM opensuse/leap\nRUN zypper -n install curl\n"),
                RuleCase.passes("zypper --non-interactive", "FROM opensuse/leap\nRUN zypper --non-interactive in curl\n"),
                RuleCase.passes("apk does not ask", "FROM alpine:3.20\nRUN apk add curl\n"),
                RuleCase.passes("in a quoted string", FROM + "RUN echo \"apt-get install curl\"\n"),
                RuleCase.passes("PowerShell stage", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                        + "SHELL [\"powershell\", \"-Command\"]\nRUN apt-get install curl\n"),
                RuleCase.passes("hadolint shell pragma", "# hadolint shell=pwsh\n" + FROM + "RUN apt-get install curl\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheCommand() {
        tester.assertMessage(FROM + "RUN apt-get install curl\n",
                "\"apt-get install\" without -y waits for a confirmation that the build cannot give");
    }

    @Test
    void eachFindingCarriesThePeerIdOfItsTool() {
        assertEquals(List.of(PeerId.of(PeerId.HADOLINT, "DL3014")), tester.onlyFinding(FROM + "RUN apt-get install x\n").peers());
        assertEquals(List.of(PeerId.of(PeerId.HADOLINT, "DL3030")), tester.onlyFinding(FROM + "RUN yum install x\n").peers());
        assertEquals(List.of(PeerId.of(PeerId.HADOLINT, "DL3038")), tester.onlyFinding(FROM + "RUN dnf install x\n").peers());
        assertEquals(List.of(PeerId.of(PeerId.HADOLINT, "DL3034")), tester.onlyFinding(FROM + "RUN zypper in x\n").peers());
    }

    @Test
    void hadolintIgnoreOfAnotherToolDoesNotHideIt() {
        assertEquals(1, tester.findings(FROM + "# hadolint ignore=DL3030\nRUN apt-get install x\n").size());
        assertEquals(0, tester.findings(FROM + "# hadolint ignore=DL3014\nRUN apt-get install x\n").size());
    }

    @Test
    void fixInsertsYesAfterTheSubcommand() {
        tester.assertFix(FROM + "RUN apt-get install curl\n", FIX, FROM + "RUN apt-get install -y curl\n");
    }

    @Test
    void fixInExecForm() {
        tester.assertFix(FROM + "RUN [\"dnf\", \"install\", \"gcc\"]\n", FIX, FROM + "RUN [\"dnf\", \"install\", \"-y\", \"gcc\"]\n");
    }

    @Test
    void fixAcrossContinuationLinesAndCrlf() {
        tester.assertFix("FROM debian:12\r\nRUN apt-get update \\\r\n && apt-get install \\\r\n   curl\r\n", FIX,
                "FROM debian:12\r\nRUN apt-get update \\\r\n && apt-get install -y \\\r\n   curl\r\n");
    }
}
