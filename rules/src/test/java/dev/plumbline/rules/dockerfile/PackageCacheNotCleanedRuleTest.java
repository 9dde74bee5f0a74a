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

class PackageCacheNotCleanedRuleTest {

    private static final String CENTOS = "FROM centos:7\n";
    private static final String FEDORA = "FROM fedora:40\n";
    private static final String SUSE = "FROM opensuse/leap:15.6\n";
    private static final String NODE = "FROM node:20\n";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new PackageCacheNotCleanedRule(), new DockerfileLanguage(),
            "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("yum install", CENTOS + "RUN yum -y «install» httpd\n"),
                RuleCase.flags("dnf install", FEDORA + "RUN dnf -y «install» gcc\n"),
                RuleCase.flags("microdnf install", "FROM ubi9/ubi-minimal\nRUN microdnf -y «install» tar\n"),
                RuleCase.flags("zypper install", SUSE + "RUN zypper -n «install» curl\n"),
                RuleCase.flags("yarn install", NODE + "RUN yarn «install» --frozen-lockfile\n"),
                RuleCase.flags("bare yarn", NODE + "RUN «yarn» --frozen-lockfile\n"),
                RuleCase.flags("clean before the install", CENTOS + "RUN yum clean all && yum -y «install» httpd\n"),
                RuleCase.flags("clean in another RUN", CENTOS + "RUN yum -y «install» httpd\nRUN yum clean all\n"),
                RuleCase.flags("two installs", CENTOS + "RUN yum -y «install» a; yum -y «install» b\n"),
                RuleCase.flags("cache mount elsewhere", CENTOS + "RUN --mount=type=cache,target=/root/.cache yum -y «install» a\n"),
                RuleCase.passes("yum clean all", CENTOS + "RUN yum -y install httpd && yum clean all\n"),
                RuleCase.passes("two installs, one clean", CENTOS + "RUN yum -y install a && yum -y install b && yum clean all\n"),
                RuleCase.passes("rm -rf the yum cache", CENTOS + "RUN yum -y install httpd && rm -rf /var/cache/yum\n"),
                RuleCase.passes("dnf clean all", FEDORA + "RUN dnf -y install gcc && dnf clean all\n"),
                RuleCase.passes("microdnf clean all", "FROM ubi9/ubi-minimal\nRUN microdnf -y install tar && microdnf clean all\n"),
                RuleCase.passes("rm -rf the dnf cache", FEDORA + "RUN dnf -y install gcc && rm -rf /var/cache/dnf/*\n"),
                RuleCase.passes("zypper clean", SUSE + "RUN zypper -n install curl && zypper clean --all\n"),
                RuleCase.passes("zypper cc", SUSE + "RUN zypper -n in curl && zypper cc -a\n"),
                RuleCase.passes("yarn cache clean", NODE + "RUN yarn install --frozen-lockfile && yarn cache clean\n"),
                RuleCase.passes("dnf cache mount", FEDORA + "RUN --mount=type=cache,target=/var/cache/dnf dnf -y install gcc\n"),
                RuleCase.passes("yarn cache mount", NODE
                        + "RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile\n"),
                RuleCase.passes("yarn cache mount elsewhere", NODE
                        + "RUN --mount=type=cache,target=/root/.yarn yarn install --frozen-lockfile\n"),
                RuleCase.passes("yarn build", NODE + "RUN yarn build\n"),
                RuleCase.passes("build stage is thrown away", "FROM fedora:40 AS build\nRUN dnf -y install gcc\n"
                        + "FROM scratch\nCOPY --from=build /x /x\n"),
                RuleCase.passes("yarn --version", NODE + "RUN yarn --version\n"),
                RuleCase.passes("yum remove", CENTOS + "RUN yum -y remove httpd\n"),
                RuleCase.passes("yum makecache", CENTOS + "RUN yum makecache\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheCommandAndTheCleanup() {
        tester.assertMessage(CENTOS + "RUN yum -y install httpd\n",
                "\"yum install\" leaves its package cache in the image; run \"yum clean all\" in the same RUN");
        tester.assertMessage("FROM ubi9/ubi-minimal\nRUN microdnf -y install tar\n",
                "\"microdnf install\" leaves its package cache in the image; run \"microdnf clean all\" in the same RUN");
    }

    @Test
    void eachFindingCarriesThePeerIdOfItsTool() {
        assertEquals(List.of(PeerId.of(PeerId.HADOLINT, "DL3032")), tester.onlyFinding(CENTOS + "RUN yum -y install a\n").peers());
        assertEquals(List.of(PeerId.of(PeerId.HADOLINT, "DL3040")), tester.onlyFinding(FEDORA + "RUN dnf -y install a\n").peers());
        assertEquals(List.of(PeerId.of(PeerId.HADOLINT, "DL3036")), tester.onlyFinding(SUSE + "RUN zypper -n in a\n").peers());
        assertEquals(List.of(PeerId.of(PeerId.HADOLINT, "DL3060")), tester.onlyFinding(NODE + "RUN yarn install\n").peers());
    }

    @Test
    void fixAppendsTheCleanCommand() {
        tester.assertFix(CENTOS + "RUN yum -y install httpd\n", "Append && yum clean all",
                CENTOS + "RUN yum -y install httpd && yum clean all\n");
        tester.assertFix(FEDORA + "RUN microdnf -y install tar\n", "Append && microdnf clean all",
                FEDORA + "RUN microdnf -y install tar && microdnf clean all\n");
        tester.assertFix(SUSE + "RUN zypper -n install curl\n", "Append && zypper clean --all",
                SUSE + "RUN zypper -n install curl && zypper clean --all\n");
        tester.assertFix(NODE + "RUN yarn install --frozen-lockfile\n", "Append && yarn cache clean",
                NODE + "RUN yarn install --frozen-lockfile && yarn cache clean\n");
    }
}
