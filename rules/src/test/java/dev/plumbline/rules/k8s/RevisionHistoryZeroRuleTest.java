package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RevisionHistoryZeroRuleTest {

    private static final String FIX = RevisionHistoryZeroRule.FIX_TITLE;
    private static final String DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new RevisionHistoryZeroRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("Deployment, StatefulSet and DaemonSet", DEPLOYMENT + """
                          revisionHistoryLimit: «0»
                        ---
                        apiVersion: apps/v1
                        kind: StatefulSet
                        spec: {revisionHistoryLimit: «0»}
                        ---
                        apiVersion: apps/v1
                        kind: DaemonSet
                        spec:
                          revisionHistoryLimit: «0x0»
                        """),
                RuleCase.passes("other limits, quoted zero (a schema error), other kinds", DEPLOYMENT + """
                          revisionHistoryLimit: 3
                        ---
                        """ + DEPLOYMENT + """
                          revisionHistoryLimit: "0"
                        ---
                        apiVersion: apps/v1
                        kind: ReplicaSet
                        spec: {revisionHistoryLimit: 0}
                        ---
                        apiVersion: example.com/v1
                        kind: Deployment
                        spec: {revisionHistoryLimit: 0}
                        """),
                RuleCase.passes("garbage shapes", DEPLOYMENT + "  revisionHistoryLimit: [0]\n---\n" + DEPLOYMENT
                        + "  revisionHistoryLimit:\n"),
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
        tester.assertMessage(DEPLOYMENT + "  revisionHistoryLimit: 0\n", "Deployment keeps no old revisions"
                + " (revisionHistoryLimit: 0), so a bad rollout cannot be rolled back; keep a few (the default is 10)");
    }

    @Nested
    class QuickFix {

        @Test
        void removesTheBlockEntryWithItsComment() {
            tester.assertFix(DEPLOYMENT + "  replicas: 2\n  revisionHistoryLimit: 0 # save etcd space\n"
                    + "  selector: {}\n", FIX, DEPLOYMENT + "  replicas: 2\n  selector: {}\n");
        }

        @Test
        void removesTheLastLineOfAFile() {
            tester.assertFix(DEPLOYMENT + "  replicas: 2\n  revisionHistoryLimit: 0", FIX, DEPLOYMENT + "  replicas: 2");
            tester.assertFix(DEPLOYMENT + "  replicas: 2\n  revisionHistoryLimit: 0\n", FIX, DEPLOYMENT + "  replicas: 2\n");
        }

        @Test
        void removesAFlowEntry() {
            tester.assertFix("apiVersion: apps/v1\nkind: Deployment\nspec: {replicas: 2, revisionHistoryLimit: 0}\n", FIX,
                    "apiVersion: apps/v1\nkind: Deployment\nspec: {replicas: 2}\n");
            tester.assertFix("apiVersion: apps/v1\nkind: Deployment\nspec: {revisionHistoryLimit: 0, replicas: 2}\n", FIX,
                    "apiVersion: apps/v1\nkind: Deployment\nspec: {replicas: 2}\n");
            tester.assertFix("apiVersion: apps/v1\nkind: Deployment\nspec: {revisionHistoryLimit: 0}\n", FIX,
                    "apiVersion: apps/v1\nkind: Deployment\nspec: {}\n");
        }

        @Test
        void keepsCrlf() {
            tester.assertFix((DEPLOYMENT + "  revisionHistoryLimit: 0\n  replicas: 2\n").replace("\n", "\r\n"), FIX,
                    (DEPLOYMENT + "  replicas: 2\n").replace("\n", "\r\n"));
        }

        @Test
        void noFixForAMergedKey() {
            assertEquals(List.of(), tester.onlyFinding("""
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      annotations: &defaults {revisionHistoryLimit: 0}
                    spec:
                      <<: *defaults
                      replicas: 2
                    """).fixes());
        }
    }
}
