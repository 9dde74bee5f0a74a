package dev.plumbline.server.editors;

import java.util.List;

/**
 * One file an editor test opens: where it lies in the workspace, its text, the rule whose
 * diagnostic the editor must show, the quick fix it applies and what the buffer holds afterwards.
 *
 * @param languageId what the editor's mode or filetype sends as {@code languageId}
 * @param fixTitle a part of the preferred quick fix's title
 * @param fixedText a part of the buffer's text after the fix
 */
record EditorCase(String path, String languageId, String text, String rule, String fixTitle, String fixedText) {

    /**
     * A Dockerfile, a Deployment and a workflow, each with one mistake that has a quick fix, and a
     * workflow with emoji before its mistake: positions there differ in bytes, UTF-16 units and
     * code points, and each editor must convert them right both ways.
     */
    static List<EditorCase> all() {
        return List.of(
                new EditorCase("Dockerfile", "dockerfile", """
                        FROM python:3.12-slim
                        WORKDIR /app
                        RUN pip install flask
                        CMD ["flask", "run"]
                        """, "dockerfile/pip-no-cache-dir", "--no-cache-dir", "pip install --no-cache-dir flask"),
                new EditorCase("deploy/web.yaml", "yaml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: web
                        spec:
                          selector:
                            matchLabels:
                              app: web
                          template:
                            metadata:
                              labels:
                                app: web
                            spec:
                              containers:
                                - name: web
                                  image: nginx:1.27.0
                        """, "k8s/privilege-escalation", "allowPrivilegeEscalation", "allowPrivilegeEscalation: false"),
                new EditorCase(".github/workflows/ci.yml", "yaml", """
                        name: ci
                        on: push
                        permissions:
                          contents: read
                        jobs:
                          build:
                            runs-on: ubuntu-latest
                            steps:
                              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                              - run: npm install
                        """, "gha/npm-install", "npm ci", "- run: npm ci"),
                new EditorCase(".github/workflows/greet.yml", "yaml", """
                        name: greet
                        on: push
                        permissions:
                          contents: read
                        jobs:
                          greet:
                            runs-on: ubuntu-latest
                            timeout-minutes: 5
                            steps:
                              - run: echo "🚀 déjà 🎉" && npm install
                        """, "gha/npm-install", "npm ci", "echo \"🚀 déjà 🎉\" && npm ci"));
    }
}
