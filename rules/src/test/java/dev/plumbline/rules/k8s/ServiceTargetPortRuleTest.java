package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ServiceTargetPortRuleTest {

    private final CrossFileTester tester = CrossFileTester.of(new ServiceTargetPortRule())
            .file("app/deployment.yaml", DanglingServiceRuleTest.DEPLOYMENT);

    private static String service(String targetPort) {
        return "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports:\n"
                + "    - port: 80\n      targetPort: " + targetPort + "\n";
    }

    @Test
    void flagsANamedPortNoSelectedContainerDeclares() {
        tester.verify("app/service.yaml", service("«htpp»"));
    }

    @Test
    void namesThePort() {
        assertEquals("Service/web targets the named port \"htpp\", which no container of the pods it selects declares,"
                + " so no traffic ever arrives", tester.onlyFinding("app/service.yaml", service("htpp")).message());
    }

    @Test
    void numbersAreNotJudged() {
        // containers receive traffic on ports they do not list (operator scaffolds serve metrics so)
        tester.passes("app/service.yaml", service("8443"));
    }

    @Test
    void passesDeclaredNamesAndNumbers() {
        tester.passes("app/service.yaml", service("http"));
        tester.passes("app/service.yaml", service("8080"));
        tester.passes("app/service.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n"
                + "  selector: {app: web}\n  ports:\n    - port: 8080\n");
    }

    @Test
    void podsWithoutPortsDeclareNoNames() {
        CrossFileTester.of(new ServiceTargetPortRule())
                .file("app/deployment.yaml", DanglingServiceRuleTest.DEPLOYMENT.replaceAll("(?s)\\s+ports:.*", "\n"))
                .verify("app/service.yaml", service("9000") + "    - port: 81\n      targetPort: «metrics»\n");
    }

    @Test
    void servicesSelectingNothingAreLeftToDanglingService() {
        tester.passes("app/service.yaml", service("htpp").replace("app: web", "app: nope"));
    }

    @Test
    void fixUsesTheOnlyDeclaredPort() {
        tester.assertFix("app/service.yaml", service("«htpp»"), ServiceTargetPortRule.FIX_TITLE + " (http)",
                service("http"));
        CrossFileTester.of(new ServiceTargetPortRule())
                .file("app/deployment.yaml", DanglingServiceRuleTest.DEPLOYMENT.replace("- name: http\n", "- "))
                .assertFix("app/service.yaml", service("«htpp»"), ServiceTargetPortRule.FIX_TITLE + " (8080)",
                        service("8080"));
    }
}
