package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyntaxImageReferenceRuleTest {

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new SyntaxImageReferenceRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("upper-case repository", "FROM «Ubuntu:22.04»\n"),
                RuleCase.flags("upper-case path below a registry", "FROM «ghcr.io/Acme/App:1.0»\n"),
                RuleCase.flags("two tags", "FROM «alpine:3.20:edge»\n"),
                RuleCase.flags("bad tag character", "FROM «alpine:3.20+1»\n"),
                RuleCase.flags("short digest", "FROM «alpine@sha256:abc»\n"),
                RuleCase.flags("illegal character", "FROM «my_image!:1»\n"),
                RuleCase.flags("empty quoted name", "FROM «\"\"»\n"),
                RuleCase.flags("COPY --from image", "FROM alpine:3.20\nCOPY --from=«Nginx:1.27» /etc/nginx /etc/nginx\n"),
                RuleCase.flags("mount from image", "FROM alpine:3.20\nRUN --mount=from=«busybox:1.36:x»,source=/bin,target=/b true\n"),
                RuleCase.passes("valid references", """
                        FROM alpine:3.20 AS base
                        FROM ghcr.io/acme/app:1.0
                        FROM localhost:5000/app
                        FROM registry.example.com:443/team/app_v2__x:v1.2.3-rc.1
                        FROM alpine@sha256:0a4eaa0eecf5f8c050e5bba433f58c052be7587ee8af3e8b3910ef9ab5fbe9f5
                        FROM MyRegistry/app:1
                        FROM scratch
                        FROM Base
                        FROM "alpine:3.20"
                        COPY --from=base / /
                        COPY --from=0 / /
                        """),
                RuleCase.passes("variables are invalid-default-arg-in-from's", "ARG TAG=\"\"\nFROM alpine:${TAG}\nFROM ${IMAGE}\n"),
                RuleCase.passes("a bare --from word names a stage", "FROM alpine:3.20\nCOPY --from=Builder / /\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesSayWhy() {
        tester.assertMessage("FROM Ubuntu:22.04\n",
                "Image \"Ubuntu:22.04\" is not a valid reference: repository names must be lower case");
        tester.assertMessage("FROM alpine:3.20+1\n", "Image \"alpine:3.20+1\" is not a valid reference: "
                + "a tag holds letters, digits, _, . and - (at most 128, not starting with . or -)");
        tester.assertMessage("FROM alpine@sha256:abc\n", "Image \"alpine@sha256:abc\" is not a valid reference: "
                + "a digest is written algorithm:hex, e.g. @sha256:<64 hex digits>");
    }

    @Test
    void fixLowerCasesTheRepository() {
        tester.assertFix("FROM Ubuntu:22.04\n", "Change to ubuntu:22.04", "FROM ubuntu:22.04\n");
        tester.assertFix("FROM ghcr.io/Acme/App:Latest-1\n", "Change to ghcr.io/acme/app:Latest-1",
                "FROM ghcr.io/acme/app:Latest-1\n");
    }
}
