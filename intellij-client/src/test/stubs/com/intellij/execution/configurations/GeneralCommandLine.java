package com.intellij.execution.configurations;

import java.util.List;

public class GeneralCommandLine {
    public GeneralCommandLine(List<String> command) {
    }
}
