package dev.plumbline.syntax.k8s;

import static dev.plumbline.syntax.k8s.KubernetesFileTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.testing.MarkedSource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The views the security, resource and probe rules read: ports, probes, effective securityContext, pod facts. */
class SecurityAndProbeViewsTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private static Container only(String text) {
        List<Container> containers = parse(text).containers();
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    @Test
    void portsReadNamesNumbersAndHostPorts() {
        Container container = only(POD + """
                  containers:
                    - name: web
                      ports:
                        - {name: http, containerPort: 8080, hostPort: 80}
                        - {containerPort: "9090", hostPort: 0}
                        - not-a-port
                """);
        List<ContainerPort> ports = container.ports();
        assertEquals(2, ports.size());
        assertEquals(Optional.of("http"), ports.get(0).reference());
        assertEquals(Optional.of(8080L), ports.get(0).number());
        assertTrue(ports.get(0).hostPortEntry().isPresent());
        assertEquals(Optional.empty(), ports.get(1).number(), "a quoted number is a string");
        assertEquals(Optional.empty(), ports.get(1).hostPortEntry(), "hostPort 0 means unset");
        assertTrue(ports.get(0).matches("http") && ports.get(0).matches("8080") && !ports.get(0).matches("80"));
    }

    @Test
    void effectiveSecurityPrefersTheContainersNonNullValue() {
        Container container = only(POD + """
                  securityContext: {runAsUser: 1000, runAsGroup: 3000, runAsNonRoot: true}
                  containers:
                    - name: web
                      securityContext:
                        runAsUser: 2000
                        runAsNonRoot:
                """);
        SecuritySetting user = container.effectiveSecurity("runAsUser").orElseThrow();
        assertFalse(user.fromPod());
        assertEquals("2000", user.value().sourceText());
        assertTrue(container.effectiveSecurity("runAsNonRoot").orElseThrow().fromPod(), "null falls back to the pod");
        assertTrue(container.effectiveSecurity("runAsGroup").orElseThrow().fromPod());
        assertEquals(Optional.empty(), container.effectiveSecurity("seccompProfile"));
    }

    @Test
    void probesKnowTheirHandlerAndPort() {
        Container container = only(POD + """
                  containers:
                    - name: web
                      ports: [{name: http, containerPort: 8080}]
                      livenessProbe:
                        httpGet: {port: http, host: 10.0.0.1}
                      readinessProbe:
                        tcpSocket: {port: 8080}
                      startupProbe:
                """);
        Probe liveness = container.probe(Probe.Kind.LIVENESS).orElseThrow();
        assertEquals(Optional.of("httpGet"), liveness.handlerType());
        assertEquals(Optional.of("http"), liveness.portName());
        assertEquals("8080", liveness.resolvedPort());
        assertEquals(Optional.of("10.0.0.1"), liveness.host());
        assertEquals(Optional.of("httpGet port=8080 path=/ scheme=HTTP host=10.0.0.1"), liveness.handlerSignature());
        Probe readiness = container.probe(Probe.Kind.READINESS).orElseThrow();
        assertEquals(Optional.of(8080L), readiness.portNumber());
        assertEquals(Optional.empty(), readiness.portName());
        assertEquals(Optional.empty(), container.probe(Probe.Kind.STARTUP), "a null probe is no probe");
    }

    @Test
    void windowsPods() {
        assertTrue(parse(POD + "  os: {name: windows}\n").podSpecs().get(0).isWindows());
        assertTrue(parse(POD + "  nodeSelector: {kubernetes.io/os: windows}\n").podSpecs().get(0).isWindows());
        assertTrue(parse(POD + "  securityContext: {windowsOptions: {hostProcess: true}}\n").podSpecs().get(0).isWindows());
        assertFalse(parse(POD + "  os: {name: linux}\n  nodeSelector: {kubernetes.io/os: linux}\n").podSpecs().get(0)
                .isWindows());
    }

    @Test
    void longRunningPods() {
        assertTrue(parse(POD + "  containers: []\n").podSpecs().get(0).isLongRunning());
        assertFalse(parse(POD + "  restartPolicy: Never\n").podSpecs().get(0).isLongRunning());
        assertFalse(parse("apiVersion: batch/v1\nkind: Job\nspec:\n  template:\n    spec: {}\n").podSpecs().get(0)
                .isLongRunning());
        assertTrue(parse("apiVersion: apps/v1\nkind: DaemonSet\nspec:\n  template:\n    spec: {}\n").podSpecs().get(0)
                .isLongRunning());
    }

    @Test
    void aPodSpecsOwnerIsItsSpecKey() {
        MarkedSource source = MarkedSource.parse("""
                apiVersion: apps/v1
                kind: Deployment
                spec:
                  template:
                    «spec»:
                      containers: []
                """);
        assertEquals(source.ranges().get(0), parse(source.text()).podSpecs().get(0).ownerRange());
    }
}
