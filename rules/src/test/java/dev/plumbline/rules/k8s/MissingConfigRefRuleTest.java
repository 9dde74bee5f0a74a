package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MissingConfigRefRuleTest {

    private static final String CONFIG = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: settings}
            data: {LEVEL: info}
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: db}
            stringData: {password: from-vault}
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: data}
            spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
            """;

    private final CrossFileTester tester = CrossFileTester.of(new MissingConfigRefRule()).file("app/config.yaml", CONFIG);

    @Test
    void flagsEveryKindOfReferenceToSomethingMissing() {
        tester.verify("app/pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                    - name: c
                      image: busybox:1.36
                      envFrom:
                        - configMapRef: {name: «setings»}
                        - secretRef: {name: db}
                      env:
                        - name: PASSWORD
                          valueFrom: {secretKeyRef: {name: «dbb», key: password}}
                        - name: LEVEL
                          valueFrom: {configMapKeyRef: {name: settings, key: LEVEL}}
                        - name: OPTIONAL
                          valueFrom: {configMapKeyRef: {name: extra, key: X, optional: true}}
                  volumes:
                    - name: a
                      configMap: {name: kube-root-ca.crt}
                    - name: b
                      secret: {secretName: «tls»}
                    - name: c
                      persistentVolumeClaim: {claimName: «dat»}
                    - name: d
                      projected:
                        sources:
                          - configMap: {name: «other»}
                          - secret: {name: db}
                """);
    }

    @Test
    void namesTheMissingObject() {
        assertEquals("Secret \"dbb\" is neither defined nor generated in this manifest's scope",
                tester.onlyFinding("app/pod.yaml", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: p}
                        spec:
                          containers:
                            - name: c
                              image: busybox:1.36
                              envFrom: [{secretRef: {name: dbb}}]
                        """).message());
    }

    @Test
    void kustomizeGeneratorsAndSecretProducersCount() {
        CrossFileTester.of(new MissingConfigRefRule())
                .file("base/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
                        + "resources: [pod.yaml, cert.yaml]\nconfigMapGenerator:\n  - name: settings\n"
                        + "    literals: [LEVEL=info]\nsecretGenerator:\n  - name: db\n    literals: [password=x]\n")
                .file("base/cert.yaml", "apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: web}\n"
                        + "spec: {secretName: web-tls, issuerRef: {name: letsencrypt}}\n")
                .verify("base/pod.yaml", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: p}
                        spec:
                          containers:
                            - name: c
                              image: busybox:1.36
                              envFrom:
                                - configMapRef: {name: settings}
                                - configMapRef: {name: «missing»}
                                - secretRef: {name: db}
                          volumes:
                            - name: tls
                              secret: {secretName: web-tls}
                        """);
    }

    @Test
    void ingressTlsSecretsUnlessCertManagerIssuesThem() {
        tester.verify("app/ingress.yaml", """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: a}
                spec:
                  tls: [{hosts: [a.example.com], secretName: «a-tls»}]
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: b
                  annotations: {cert-manager.io/cluster-issuer: letsencrypt}
                spec:
                  tls: [{hosts: [b.example.com], secretName: b-tls}]
                """);
    }

    @Test
    void eachKindIsJudgedOnlyWhenTheScopeDefinesThatKind() {
        CrossFileTester.of(new MissingConfigRefRule())
                .file("app/config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\n")
                .verify("app/pod.yaml", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: p}
                        spec:
                          containers:
                            - name: c
                              image: busybox:1.36
                              envFrom: [{configMapRef: {name: «x»}}, {secretRef: {name: y}}]
                        """);
    }

    @Test
    void secretsAreNotJudgedWhereARoleLetsAControllerCreateThem() {
        CrossFileTester.of(new MissingConfigRefRule()).file("app/config.yaml", CONFIG)
                .file("app/rbac.yaml", "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: c}\n"
                        + "rules:\n  - apiGroups: [\"\"]\n    resources: [secrets]\n    verbs: [create, get]\n")
                .passes("app/pod.yaml", """
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: p}
                        spec:
                          containers:
                            - name: c
                              image: busybox:1.36
                              envFrom: [{secretRef: {name: memberlist}}]
                        """);
    }
}
