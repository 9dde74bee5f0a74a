package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JobTtlRuleTest {

    private static final String JOB = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n";
    private static final String CRON = "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n"
            + "  schedule: \"0 3 * * *\"\n  jobTemplate:\n    spec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new JobTtlRule(), new KubernetesLanguage(), "job.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("a standalone Job without a TTL sits on its spec key", JOB + """
                        «spec»:
                          template:
                            spec:
                              restartPolicy: Never
                        """),
                RuleCase.flags("a CronJob's job template with a TTL sits on the key", CRON + """
                              «ttlSecondsAfterFinished»: 600
                              template: {}
                        """),
                RuleCase.passes("a Job with a TTL (zero included); a CronJob without one", JOB + """
                        spec:
                          ttlSecondsAfterFinished: 0
                        ---
                        """ + CRON + """
                              template: {}
                        ---
                        """ + CRON + """
                              ttlSecondsAfterFinished:
                        """),
                RuleCase.passes("Jobs that Helm or Argo CD hooks delete", """
                        apiVersion: batch/v1
                        kind: Job
                        metadata:
                          annotations:
                            helm.sh/hook: post-install
                            helm.sh/hook-delete-policy: hook-succeeded
                        spec: {}
                        ---
                        apiVersion: batch/v1
                        kind: Job
                        metadata:
                          annotations:
                            argocd.argoproj.io/hook-delete-policy: HookSucceeded
                        spec: {}
                        """),
                RuleCase.passes("a patch-like Job (a container without image)", JOB + """
                        spec:
                          template:
                            spec:
                              containers: [{name: migrate, env: [{name: A, value: b}]}]
                        """),
                RuleCase.passes("a Job without spec is another rule's; custom Job kinds", JOB + """
                        ---
                        apiVersion: batch.volcano.sh/v1alpha1
                        kind: Job
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
    void messages() {
        tester.assertMessage(JOB + "spec: {}\n", "Job does not set ttlSecondsAfterFinished, so it and its pods stay in"
                + " the cluster after it finishes until someone deletes them");
        tester.assertMessage(CRON + "      ttlSecondsAfterFinished: 60\n", "CronJob's job template sets"
                + " ttlSecondsAfterFinished, which deletes Jobs behind the CronJob's successfulJobsHistoryLimit and"
                + " failedJobsHistoryLimit; let the history limits clean up");
    }

    @Nested
    class QuickFix {

        @Test
        void insertsTheTtlIntoTheJobSpec() {
            tester.assertFix(JOB + "spec:\n  backoffLimit: 2\n  template:\n    spec:\n      restartPolicy: Never\n",
                    JobTtlRule.INSERT_TITLE, JOB + "spec:\n  backoffLimit: 2\n  template:\n    spec:\n"
                            + "      restartPolicy: Never\n  ttlSecondsAfterFinished: 86400\n");
            tester.assertFix(JOB + "spec: {backoffLimit: 2}\n", JobTtlRule.INSERT_TITLE,
                    JOB + "spec: {backoffLimit: 2, ttlSecondsAfterFinished: 86400}\n");
        }

        @Test
        void removesTheTtlFromACronJobTemplate() {
            tester.assertFix(CRON + "      ttlSecondsAfterFinished: 600\n      template: {}\n", JobTtlRule.REMOVE_TITLE,
                    CRON + "      template: {}\n");
        }

        @Test
        void keepsCrlf() {
            tester.assertFix((JOB + "spec:\n  backoffLimit: 2\n").replace("\n", "\r\n"), JobTtlRule.INSERT_TITLE,
                    (JOB + "spec:\n  backoffLimit: 2\n  ttlSecondsAfterFinished: 86400\n").replace("\n", "\r\n"));
        }
    }
}
