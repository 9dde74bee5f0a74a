package dev.plumbline.rules.k8s;

import org.junit.jupiter.api.Test;

class DanglingIngressRuleTest {

    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              selector: {app: web}
              ports:
                - name: http
                  port: 80
            """;

    private final CrossFileTester tester = CrossFileTester.of(new DanglingIngressRule()).file("k8s/service.yaml", SERVICE);

    @Test
    void flagsAMissingServiceAndAMissingPort() {
        tester.verify("k8s/ingress.yaml", """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: web}
                spec:
                  defaultBackend:
                    service: {name: «webb», port: {number: 80}}
                  rules:
                    - http:
                        paths:
                          - path: /
                            pathType: Prefix
                            backend:
                              service:
                                name: web
                                port:
                                  number: «8080»
                          - path: /api
                            pathType: Prefix
                            backend:
                              service:
                                name: web
                                port:
                                  name: http
                          - path: /static
                            pathType: Prefix
                            backend:
                              resource: {apiGroup: k8s.example.com, kind: Bucket, name: static}
                """);
    }

    @Test
    void readsTheOldBackendShape() {
        tester.verify("k8s/ingress.yaml", """
                apiVersion: extensions/v1beta1
                kind: Ingress
                metadata: {name: web}
                spec:
                  backend: {serviceName: «api», servicePort: 80}
                  rules:
                    - http:
                        paths:
                          - backend: {serviceName: web, servicePort: «grpc»}
                """);
    }

    @Test
    void staysQuietWithoutServicesInScope() {
        CrossFileTester.of(new DanglingIngressRule()).passes("k8s/ingress.yaml", """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: web}
                spec:
                  defaultBackend:
                    service: {name: webb, port: {number: 80}}
                """);
    }
}
