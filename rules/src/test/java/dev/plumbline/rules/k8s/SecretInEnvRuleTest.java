package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SecretInEnvRuleTest {

    /** Env items follow at four spaces, the column of {@code env:} (a compact sequence). */
    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n"
            + "  - name: app\n    env:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new SecretInEnvRule(), new KubernetesLanguage(), "pod.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("secret-like names with literal values", POD + """
                            - name: DB_PASSWORD
                              value: «hunter2»
                            - {name: api-key, value: «"k-123"»}
                            - name: github.token
                              value: «abc»
                            - name: AWS_SECRET_ACCESS_KEY
                              value: «wJalrXUtnFEMI»
                            - name: AUTH
                              value: «|
                                multi
                                line»
                            - name: OAUTH_CLIENT_CREDENTIALS
                              value: «id:secret»
                        """),
                RuleCase.flags("init containers count", """
                        apiVersion: batch/v1
                        kind: Job
                        spec:
                          template:
                            spec:
                              initContainers:
                                - name: init
                                  env: [{name: REDIS_PASSWD, value: «p»}]
                        """),
                RuleCase.passes("names that are not secret-like", POD + """
                            - {name: KEYCLOAK_URL, value: x}
                            - {name: PASSWORDLESS, value: x}
                            - {name: TOKENIZER, value: x}
                            - {name: MONKEY, value: x}
                            - {name: dbPassword, value: x}
                        """),
                RuleCase.passes("public, file, version and name words exempt the name", POD + """
                            - {name: PUBLIC_KEY, value: x}
                            - {name: PASSWORD_FILE, value: x}
                            - {name: TOKEN_VERSION, value: x}
                            - {name: DB_SECRET_NAME, value: db-credentials}
                        """),
                RuleCase.passes("valueFrom, empty and placeholder values", POD + """
                            - name: DB_PASSWORD
                              valueFrom:
                                secretKeyRef: {name: db, key: password}
                            - {name: API_KEY, value: ""}
                            - {name: API_TOKEN}
                            - {name: API_SECRET, value: ~}
                            - {name: PASSWORD, value: "${DB_PASSWORD}"}
                            - {name: PASSWORD, value: "$(DB_PASSWORD)"}
                            - {name: TOKEN, value: "<your token>"}
                            - {name: TOKEN, value: "{{ .Values.token }}"}
                            - {name: ETCD_DISCOVERY_TOKEN, value: INSERT_ETCD_DISCOVERY_TOKEN}
                            - {name: API_KEY, value: your-api-key}
                        """),
                RuleCase.passes("values that configure rather than authenticate", POD + """
                            - {name: AUTH_ENABLED, value: "true"}
                            - {name: AUTH, value: "off"}
                            - {name: TOKEN_TTL, value: "3600"}
                            - {name: TOKEN_TIMEOUT, value: 30s}
                            - {name: AUTH_URL, value: "https://auth.example.com/oauth2"}
                            - {name: SECRET_DIR, value: /var/run/secrets}
                        """),
                RuleCase.flags("a URL with credentials is a secret", POD + """
                            - {name: AUTH_URL, value: «"https://user:pw@auth.example.com"»}
                        """),
                RuleCase.passes("garbage shapes", POD + """
                            - {name: [PASSWORD], value: x}
                            - {name: PASSWORD, value: [x]}
                            - PASSWORD
                        """),
                RuleCase.passes("empty file", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        CaseSyntax.assertParses(c);
        tester.verify(c);
    }

    @Test
    void messageNeverRepeatsTheValue() {
        tester.assertMessage(POD + "        - {name: DB_PASSWORD, value: hunter2}\n", "Env var \"DB_PASSWORD\" of"
                + " Container \"app\" holds a literal value that looks like a secret; keep it in a Secret and read it"
                + " with valueFrom.secretKeyRef");
    }
}
