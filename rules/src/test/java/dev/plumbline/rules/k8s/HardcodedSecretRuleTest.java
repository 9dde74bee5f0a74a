package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.plumbline.engine.PeerId;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Credentials are assembled from pieces so that this file holds none a secret scanner would flag. */
class HardcodedSecretRuleTest {

    static final String GITHUB = "gh" + "p_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8";
    static final String AWS = "AK" + "IA" + "Q3ZRT7WX2MJ8P4LN";
    static final String AWS_EXAMPLE = "AK" + "IA" + "IOSFODNN7EXAMPLE";
    static final String SLACK = "xo" + "xb-" + "1234567890-abcdefghij";
    static final String GOOGLE = "AI" + "za" + "Sy" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q";
    static final String PEM = "-----BEGIN " + "RSA PRIVATE KEY-----";

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new HardcodedSecretRule(), new KubernetesLanguage(), "pod.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("in env values, args and annotations, on the credential itself", POD + """
                          annotations:
                            note: "token «%s» rotated"
                        spec:
                          containers:
                            - name: app
                              args: ["--token=«%s»"]
                              env:
                                - name: SLACK
                                  value: «%s»
                                - {name: MAPS, value: '«%s»'}
                        """.formatted(GITHUB, AWS, SLACK, GOOGLE)),
                RuleCase.flags("a private key in a ConfigMap block scalar", """
                        apiVersion: v1
                        kind: ConfigMap
                        data:
                          tls.key: |
                            «%s»
                            MIIEow
                        """.formatted(PEM)),
                RuleCase.flags("a Secret's base64 data is decoded; stringData is read as is", """
                        apiVersion: v1
                        kind: Secret
                        data:
                          token: «%s»
                          plain: %s
                        stringData:
                          key: «%s»
                        """.formatted(base64("x=" + GITHUB), base64("hello"), AWS)),
                RuleCase.passes("placeholders, AWS's documented example key, look-alikes", POD + """
                        spec:
                          containers:
                            - name: app
                              env:
                                - {name: A, value: "%s"}
                                - {name: B, value: "ghp_short"}
                                - {name: C, value: "x%sx"}
                                - {name: D, value: "${GITHUB_TOKEN}"}
                                - {name: E, value: "-----BEGIN PUBLIC KEY-----"}
                        """.formatted(AWS_EXAMPLE, AWS)),
                RuleCase.passes("base64 that is not text, or not base64 at all", """
                        apiVersion: v1
                        kind: Secret
                        data:
                          bin: /w==
                          bad: "%%%%"
                          empty: ""
                        """),
                RuleCase.passes("empty file", ""));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        CaseSyntax.assertParses(c);
        tester.verify(c);
    }

    @Test
    void messagesNameTheKindNeverTheValue() {
        var env = tester.onlyFinding(POD + "spec:\n  containers:\n    - env: [{name: T, value: " + GITHUB + "}]\n");
        assertEquals("A GitHub token is written in the manifest; revoke it and load it from a secret store (External"
                + " Secrets, Sealed Secrets, SOPS) instead", env.message());
        assertFalse(env.message().contains(GITHUB));
        assertEquals(List.of(), env.peers());
        var secret = tester.onlyFinding("apiVersion: v1\nkind: Secret\ndata:\n  k: " + base64(PEM) + "\n");
        assertEquals("This base64 value decodes to a private key, committed with the manifest; revoke it and load it"
                + " from a secret store (External Secrets, Sealed Secrets, SOPS) instead", secret.message());
    }

    @Test
    void configMapDataIsStampedWithPolarisCheck() {
        var finding = tester.onlyFinding("apiVersion: v1\nkind: ConfigMap\ndata:\n  k: " + AWS + "\n");
        assertEquals(List.of(PeerId.of(PeerId.POLARIS, "sensitiveConfigmapContent")), finding.peers());
    }

    @Test
    void listItemsAreScannedOnce() {
        assertEquals(1, tester.findings("apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n"
                + "    data: {k: " + AWS + "}\n").size());
    }
}
