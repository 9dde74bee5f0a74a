package dev.plumbline.rules.k8s;

import org.junit.jupiter.api.Test;

class StatefulSetServiceNameRuleTest {

    private static String statefulSet(String serviceName) {
        return "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\n«spec»:\n" + serviceName
                + "  selector: {matchLabels: {app: db}}\n  template:\n    metadata: {labels: {app: db}}\n    spec:\n"
                + "      containers: [{name: db, image: postgres:17}]\n";
    }

    private final CrossFileTester tester = CrossFileTester.of(new StatefulSetServiceNameRule())
            .file("db/services.yaml", """
                    apiVersion: v1
                    kind: Service
                    metadata: {name: db-headless}
                    spec: {clusterIP: None, selector: {app: db}}
                    ---
                    apiVersion: v1
                    kind: Service
                    metadata: {name: db}
                    spec: {selector: {app: db}, ports: [{port: 5432}]}
                    """);

    @Test
    void flagsAMissingServiceName() {
        tester.verify("db/statefulset.yaml", statefulSet(""));
    }

    @Test
    void flagsAServiceThatIsNotHeadlessOrNotThere() {
        tester.verify("db/statefulset.yaml", statefulSet("  serviceName: «db»\n").replace("«spec»", "spec"));
        tester.verify("db/statefulset.yaml", statefulSet("  serviceName: «dbb»\n").replace("«spec»", "spec"));
    }

    @Test
    void passesAHeadlessService() {
        tester.passes("db/statefulset.yaml", statefulSet("  serviceName: db-headless\n").replace("«spec»", "spec"));
    }

    @Test
    void withoutServicesInScopeOnlyTheMissingKeyCounts() {
        CrossFileTester.of(new StatefulSetServiceNameRule())
                .passes("db/statefulset.yaml", statefulSet("  serviceName: anything\n").replace("«spec»", "spec"));
    }
}
