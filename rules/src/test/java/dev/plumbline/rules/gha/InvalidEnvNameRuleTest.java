package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidEnvNameRuleTest {

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new InvalidEnvNameRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");
    private final RuleTester<WorkflowFile> actions =
            RuleTester.of(new InvalidEnvNameRule(), new WorkflowLanguage(), "action.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("equals sign at the top", "on: push\nenv:\n  «A=B»: 1\njobs: {}\n"),
                RuleCase.flags("space in a job env", "on: push\njobs:\n  a:\n    env:\n      «MY VAR»: 1\n"),
                RuleCase.flags("ampersand in a step env", "on: push\njobs:\n  a:\n    steps:\n      - run: x\n"
                        + "        env:\n          «A&B»: 1\n"),
                RuleCase.flags("container and service env", "on: push\njobs:\n  a:\n    container:\n      image: x\n"
                        + "      env: {«A B»: 1}\n    services:\n      db:\n        image: y\n        env: {«C=»: 2}\n"),
                RuleCase.passes("ordinary names", "on: push\nenv:\n  A_B: 1\n  a-b.c: 2\njobs: {}\n"),
                RuleCase.passes("names outside env", "on: push\njobs:\n  a:\n    outputs:\n      \"a b\": x\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void actionsAndMessages() {
        actions.verify(RuleCase.flags("docker action env", "name: a\ndescription: b\nruns:\n  using: docker\n"
                + "  image: Dockerfile\n  env:\n    «A B»: 1\n"));
        tester.assertMessage("on: push\nenv:\n  A=B: 1\njobs: {}\n",
                "Environment variable name \"A=B\" contains \"=\", which ends a name");
    }
}
