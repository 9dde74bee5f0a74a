package com.redhat.devtools.lsp4ij.server;

import com.intellij.openapi.project.Project;
import java.util.List;

public class JavaProcessCommandBuilder {
    public JavaProcessCommandBuilder(Project project, String languageId) {
    }

    public JavaProcessCommandBuilder setJar(String jar) {
        return this;
    }

    public List<String> create() {
        throw new UnsupportedOperationException("stub");
    }
}
