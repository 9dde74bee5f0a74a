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
    void flagsANumberWhenThePodsListTheirPortsAndNotThisOne() {
        tester.verify("app/service.yaml", service("«8000»"));
        assertEquals("Service/web sends traffic to port 8000, which the pods it selects do not declare",
                tester.onlyFinding("app/service.yaml", service("8000")).message());
    }

    @Test
    void passesDeclaredNamesAndNumbers() {
        tester.passes("app/service.yaml", service("http"));
        tester.passes("app/service.yaml", service("8080"));
        tester.passes("app/service.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n"
                + "  selector: {app: web}\n  ports:\n    - port: 8080\n");
    }

    @Test
    void numbersAreNotJudgedWhenAPodDeclaresNoPorts() {
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
        tester.assertFix("app/service.yaml", service("«8000»"), ServiceTargetPortRule.FIX_TITLE + " (8080)",
                service("8080"));
    }
}
