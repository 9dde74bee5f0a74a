package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SecretInManifestRuleTest {

    private static final String SECRET = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new SecretInManifestRule(), new KubernetesLanguage(), "secret.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("data and stringData, each on its key", SECRET + """
                        «data»:
                          password: aHVudGVyMg==
                        «stringData»:
                          user: admin
                        """),
                RuleCase.flags("a Secret inside a List", """
                        apiVersion: v1
                        kind: List
                        items:
                          - apiVersion: v1
                            kind: Secret
                            «data»: {token: dG9rZW4=}
                        """),
                RuleCase.passes("empty values and placeholders", SECRET + """
                        data:
                          a: ""
                          b:
                        stringData:
                          c: "${DB_PASSWORD}"
                          d: "<set me>"
                          e: "{{ .Values.password }}"
                          f: INSERT_DB_PASSWORD
                        ---
                        """ + SECRET + """
                        data: {}
                        type: kubernetes.io/service-account-token
                        """),
                RuleCase.passes("SOPS-encrypted Secrets", SECRET + """
                        data:
                          password: ENC[AES256_GCM,data:abc,type:str]
                        sops:
                          version: 3.8.1
                        """),
                RuleCase.passes("SealedSecret and ExternalSecret are other kinds", """
                        apiVersion: bitnami.com/v1alpha1
                        kind: SealedSecret
                        spec:
                          encryptedData: {password: AgBy3i4OJSWK}
                        ---
                        apiVersion: example.com/v1
                        kind: Secret
                        data: {a: b}
                        """),
                RuleCase.passes("garbage shapes", SECRET + "data: [a]\nstringData: text\n"),
                RuleCase.passes("empty file", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        CaseSyntax.assertParses(c);
        tester.verify(c);
    }

    @Test
    void messageCountsTheValuesAndNeverRepeatsThem() {
        tester.assertMessage(SECRET + "stringData:\n  user: admin\n  password: hunter2\n", "Secret/db commits 2 values"
                + " in stringData; base64 is not encryption, so anyone with the repository can read them. Encrypt the"
                + " Secret (SOPS, Sealed Secrets) or create it from a secret store");
    }
}
