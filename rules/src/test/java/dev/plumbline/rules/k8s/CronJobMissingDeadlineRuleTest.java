package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CronJobMissingDeadlineRuleTest {

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new CronJobMissingDeadlineRule(), new KubernetesLanguage(), "cron.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("no deadline, or a null one", """
                        apiVersion: batch/v1
                        kind: CronJob
                        metadata:
                          name: nightly
                        «spec»:
                          schedule: "0 3 * * *"
                        ---
                        apiVersion: batch/v1beta1
                        kind: CronJob
                        «spec»: {schedule: "@daily", startingDeadlineSeconds: ~}
                        """),
                RuleCase.passes("a deadline; other kinds; a CronJob without spec", """
                        apiVersion: batch/v1
                        kind: CronJob
                        spec:
                          schedule: "0 3 * * *"
                          startingDeadlineSeconds: 300
                        ---
                        apiVersion: batch/v1
                        kind: Job
                        spec: {}
                        ---
                        apiVersion: batch/v1
                        kind: CronJob
                        metadata: {name: x}
                        ---
                        apiVersion: example.com/v1
                        kind: CronJob
                        spec: {}
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
    void message() {
        tester.assertMessage("apiVersion: batch/v1\nkind: CronJob\nspec: {schedule: \"@daily\"}\n", "CronJob does not set"
                + " startingDeadlineSeconds, so a run missed during an outage or a suspension is still started however"
                + " late it is; set how late a start may be");
    }
}
