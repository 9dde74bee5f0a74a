package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidPermissionRuleTest {

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new InvalidPermissionRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("unknown scope", "on: push\npermissions:\n  «content»: read\n"),
                RuleCase.flags("scope in wrong case", "on: push\npermissions:\n  «Contents»: read\n"),
                RuleCase.flags("unknown level", "on: push\npermissions:\n  contents: «admin»\n"),
                RuleCase.flags("models cannot write", "on: push\npermissions:\n  models: «write»\n"),
                RuleCase.flags("id-token cannot read", "on: push\njobs:\n  a:\n    runs-on: x\n    permissions:\n"
                        + "      id-token: «read»\n"),
                RuleCase.flags("bad shorthand", "on: push\npermissions: «read»\n"),
                RuleCase.flags("flow mapping", "on: push\npermissions: { «pull_requests»: write }\n"),
                RuleCase.passes("valid scopes", "on: push\npermissions:\n  contents: read\n  id-token: write\n"
                        + "  pull-requests: write\n  models: read\n  attestations: write\n  security-events: none\n"),
                RuleCase.passes("shorthands and empty", "on: push\npermissions: read-all\njobs:\n  a:\n    runs-on: x\n"
                        + "    permissions: {}\n  b:\n    runs-on: x\n    permissions: write-all\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixesAMisspeltScope() {
        tester.assertFix("on: push\npermissions:\n  «pull_requests»: write\n", "Replace with \"pull-requests\"",
                "on: push\npermissions:\n  pull-requests: write\n");
    }

    @Test
    void messages() {
        tester.assertMessage("on: push\npermissions:\n  models: write\n",
                "\"write\" is not a level of scope \"models\"; it takes none, read");
        tester.assertMessage("on: push\npermissions:\n  content: read\n",
                "Unknown permission scope \"content\"; did you mean \"contents\"?");
    }
}
