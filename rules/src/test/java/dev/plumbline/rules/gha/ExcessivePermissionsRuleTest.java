package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExcessivePermissionsRuleTest {

    private static final String TWO_JOBS = "jobs:\n  a:\n    runs-on: x\n  b:\n    runs-on: x\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new ExcessivePermissionsRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("write-all at the top", "on: push\npermissions: «write-all»\njobs:\n  a:\n    runs-on: x\n"),
                RuleCase.flags("read-all in a job", "on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n"
                        + "    permissions: «read-all»\n"),
                RuleCase.flags("workflow write inherited by two jobs", "on: push\npermissions:\n  contents: «write»\n"
                        + "  issues: read\n  packages: «write»\n" + TWO_JOBS),
                RuleCase.passes("write at workflow level with one job", "on: push\npermissions:\n  contents: write\n"
                        + "jobs:\n  a:\n    runs-on: x\n"),
                RuleCase.passes("write at workflow level, one of two jobs inherits", "on: push\npermissions:\n"
                        + "  contents: write\njobs:\n  a:\n    runs-on: x\n  b:\n    runs-on: x\n    permissions: {}\n"),
                RuleCase.passes("write in each job", "on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n"
                        + "    permissions:\n      contents: write\n  b:\n    runs-on: x\n    permissions:\n"
                        + "      packages: write\n"),
                RuleCase.passes("read-all at the top that no job inherits", "on: push\npermissions: read-all\njobs:\n"
                        + "  a:\n    runs-on: x\n    permissions:\n      contents: read\n"),
                RuleCase.passes("read scopes at the top", "on: push\npermissions:\n  contents: read\n" + TWO_JOBS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messages() {
        tester.assertMessage("on: push\npermissions: write-all\njobs:\n  a:\n    runs-on: x\n",
                "\"permissions: write-all\" in the workflow gives the token write access to every scope; grant only"
                        + " the scopes the job needs");
        tester.assertMessage("on: push\npermissions:\n  contents: write\n" + TWO_JOBS,
                "\"contents: write\" at workflow level is granted to all 2 jobs that set no permissions of their own"
                        + " (a, b); grant it only in the job that needs it");
    }
}
