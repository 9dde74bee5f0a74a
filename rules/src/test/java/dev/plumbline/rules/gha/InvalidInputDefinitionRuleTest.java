package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidInputDefinitionRuleTest {

    private static final String DISPATCH = "on:\n  workflow_dispatch:\n    inputs:\n";
    private static final String CALL = "on:\n  workflow_call:\n";
    private static final String JOBS = "jobs: {}\n";

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new InvalidInputDefinitionRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("unknown type", DISPATCH + "      env:\n        type: «text»\n" + JOBS),
                RuleCase.flags("choice without options", DISPATCH + "      «env»:\n        type: choice\n" + JOBS),
                RuleCase.flags("default not an option", DISPATCH + "      env:\n        type: choice\n"
                        + "        options: [dev, prod]\n        default: «stage»\n" + JOBS),
                RuleCase.flags("boolean default", DISPATCH + "      dry:\n        type: boolean\n        default: «yes»\n" + JOBS),
                RuleCase.flags("number default", CALL + "    inputs:\n      n:\n        type: number\n"
                        + "        default: «many»\n" + JOBS),
                RuleCase.flags("required call input with a default", CALL + "    inputs:\n      n:\n        type: string\n"
                        + "        required: true\n        «default»: x\n" + JOBS),
                RuleCase.flags("call input without type", CALL + "    inputs:\n      «n»:\n        required: false\n" + JOBS),
                RuleCase.flags("output without value", CALL + "    outputs:\n      «tag»:\n        description: x\n" + JOBS),
                RuleCase.flags("typo in an input key", DISPATCH + "      env:\n        «descripton»: x\n" + JOBS),
                RuleCase.flags("environment type is dispatch only", CALL + "    inputs:\n      e:\n"
                        + "        type: «environment»\n" + JOBS),
                RuleCase.passes("good definitions", DISPATCH + "      env:\n        type: choice\n        options: [dev, prod]\n"
                        + "        default: dev\n        required: true\n        description: Where\n"
                        + "      dry:\n        type: boolean\n        default: false\n      where:\n        type: environment\n"
                        + "  workflow_call:\n    inputs:\n      n:\n        type: number\n        default: 3\n"
                        + "      s:\n        type: string\n        default: ${{ github.ref }}\n"
                        + "    secrets:\n      token:\n        required: true\n    outputs:\n      tag:\n"
                        + "        value: ${{ jobs.build.outputs.tag }}\n" + JOBS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void fixAndMessages() {
        tester.assertFix(DISPATCH + "      env:\n        «descripton»: x\n" + JOBS, "Rename to \"description\"",
                DISPATCH + "      env:\n        description: x\n" + JOBS);
        tester.assertMessage(DISPATCH + "      env:\n        type: choice\n        options: [a]\n        default: b\n" + JOBS,
                "Default \"b\" of input \"env\" is not one of its options");
    }
}
