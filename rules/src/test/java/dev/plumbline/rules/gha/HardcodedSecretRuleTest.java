package dev.plumbline.rules.gha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.plumbline.engine.Finding;
import dev.plumbline.engine.PeerId;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HardcodedSecretRuleTest {

    private static final String HEAD = ExpressionSyntaxRuleTest.HEAD;
    // assembled so that no scanner reads these test fixtures as real tokens
    private static final String GHP = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8";
    private static final String AWS = "AKIA" + "QWERTYUIOPASDFGH";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new HardcodedSecretRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("GitHub token in env", HEAD + "      - env:\n          GH: «" + GHP + "»\n        run: x\n"),
                RuleCase.flags("token inside a script", HEAD + "      - run: |\n          curl -H \"Authorization: token «"
                        + GHP + "»\" https://api.github.com\n"),
                RuleCase.flags("AWS key under any name", "on: push\nenv:\n  AWS_ID: «" + AWS + "»\n"),
                RuleCase.flags("literal under a secret-like env name", "on: push\nenv:\n  DB_PASSWORD: «S3cr3t-Value»\n"),
                RuleCase.flags("literal under a secret-like input", HEAD + "      - uses: a/b@v1\n        with:\n"
                        + "          api-key: «'9f8e7d6c5b4a'»\n"),
                RuleCase.flags("container registry password", "on: push\njobs:\n  a:\n    runs-on: x\n    container:\n"
                        + "      image: ghcr.io/o/i:1\n      credentials:\n        username: bot\n        password: «hunter2»\n"),
                RuleCase.flags("service registry password", "on: push\njobs:\n  a:\n    runs-on: x\n    services:\n"
                        + "      db:\n        image: r/i:1\n        credentials: { username: u, password: «p» }\n"),
                RuleCase.flags("private key", "on: push\nenv:\n  KEY: |\n    «-----BEGIN OPENSSH PRIVATE KEY-----»\n    abc\n"),
                RuleCase.passes("secrets and expressions", "on: push\nenv:\n  DB_PASSWORD: ${{ secrets.DB_PASSWORD }}\n"
                        + "  TOKEN: ${{ github.token }}\n"),
                RuleCase.passes("test database in a service", "on: push\njobs:\n  a:\n    runs-on: x\n    services:\n"
                        + "      pg:\n        image: postgres:16\n        env:\n          POSTGRES_PASSWORD: Str0ngPassw0rd\n"),
                RuleCase.passes("names about a secret", "on: push\nenv:\n  TOKEN_FORMAT: AccessToken1\n"
                        + "  AUTH_METHOD: Trust-Me-42\n  SECRET_NAME: MY_SECRET_1\n  PUBLIC_KEY: AbCdEf123456\n"),
                RuleCase.passes("word-like and short values", "on: push\nenv:\n  DB_PASSWORD: postgres\n"
                        + "  API_TOKEN: test\n  AWS_SECRET_ACCESS_KEY: random_secret\n"),
                RuleCase.passes("booleans numbers and references", "on: push\nenv:\n  REQUIRE_TOKEN: 'true'\n"
                        + "  RETRY_TOKEN: 12345678\n  GH_TOKEN: $GITHUB_TOKEN_VALUE\n  KEY: ./keys/deploy.pem\n"),
                RuleCase.passes("cache keys", HEAD + "      - uses: actions/cache@v4\n        with:\n"
                        + "          key: Linux-Build-v2-2024\n          path: ~/.m2\n"),
                RuleCase.passes("documentation placeholders", "on: push\nenv:\n  AWS_ID: AKIAIOSFODNN7EXAMPLE\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesNeverRepeatTheValue() {
        Finding token = tester.onlyFinding(HEAD + "      - env:\n          GH: " + GHP + "\n        run: x\n");
        assertEquals("This value is a GitHub token; anyone who can read the repository can use it, and it stays in the"
                + " git history: store it as a secret and revoke this one", token.message());
        Finding named = tester.onlyFinding("on: push\nenv:\n  DB_PASSWORD: S3cr3t-Value\n");
        assertFalse(named.message().contains("S3cr3t"));
        assertEquals("Environment variable \"DB_PASSWORD\" is set to a literal value; anyone who can read the repository"
                + " can use it, and it stays in the git history: store it as a secret and revoke this one", named.message());
    }

    @Test
    void containerPasswordsCarryThePeerIds() {
        Finding finding = tester.onlyFinding("on: push\njobs:\n  a:\n    runs-on: x\n    container:\n"
                + "      image: i:1\n      credentials:\n        username: bot\n        password: hunter2\n");
        assertEquals(List.of(PeerId.of(PeerId.ACTIONLINT, "credentials"),
                PeerId.of(PeerId.ZIZMOR, "hardcoded-container-credentials")), finding.peers());
        assertEquals(List.of(), tester.onlyFinding("on: push\nenv:\n  DB_PASSWORD: S3cr3t-Value\n").peers());
    }

    @Test
    void fixReferencesASecret() {
        tester.assertFix("on: push\nenv:\n  DB_PASSWORD: «S3cr3t-Value»\n", "Replace with ${{ secrets.DB_PASSWORD }}",
                "on: push\nenv:\n  DB_PASSWORD: ${{ secrets.DB_PASSWORD }}\n");
        tester.assertFix(HEAD + "      - uses: a/b@v1\n        with:\n          api-key: «'9f8e7d6c5b4a'»\n",
                "Replace with ${{ secrets.API_KEY }}",
                HEAD + "      - uses: a/b@v1\n        with:\n          api-key: ${{ secrets.API_KEY }}\n");
        tester.assertFix("on: push\nenv:\n  GH: «" + GHP + "»\n", "Replace with ${{ secrets.TOKEN }}",
                "on: push\nenv:\n  GH: ${{ secrets.TOKEN }}\n");
        tester.assertFix("on: push\njobs:\n  a:\n    runs-on: x\n    services:\n      db:\n        image: r/i:1\n"
                        + "        credentials:\n          username: u\n          password: «pw»\n",
                "Replace with ${{ secrets.DB_PASSWORD }}",
                "on: push\njobs:\n  a:\n    runs-on: x\n    services:\n      db:\n        image: r/i:1\n"
                        + "        credentials:\n          username: u\n          password: ${{ secrets.DB_PASSWORD }}\n");
    }
}
