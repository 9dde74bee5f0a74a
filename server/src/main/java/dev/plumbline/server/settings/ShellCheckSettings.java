package dev.plumbline.server.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editor's ShellCheck settings ({@code plumbline.shellcheck.enable} / {@code .path}). In the
 * editor they are the only place a ShellCheck program is chosen: a repository's
 * {@code .plumbline.yaml} may switch ShellCheck off, never point it at a program.
 *
 * @param enable false turns ShellCheck off for RUN and run: scripts
 * @param path absolute path of the shellcheck program; empty for the one on PATH
 */
public record ShellCheckSettings(boolean enable, String path) {

    public static final ShellCheckSettings DEFAULTS = new ShellCheckSettings(true, "");

    public ShellCheckSettings {
        path = path == null ? "" : path.trim();
    }

    /** The engine options these settings stand for (both kinds that run ShellCheck). */
    Map<String, Object> options() {
        Map<String, Object> options = new LinkedHashMap<>();
        if (!enable) {
            options.put("dockerfile.shellcheck", "off");
            options.put("gha.shellcheck", "off");
        }
        if (!path.isEmpty()) {
            // options keep their values as lists of words, as the configuration loader reads them
            options.put("dockerfile.shellcheckPath", List.of(path));
            options.put("gha.shellcheckPath", List.of(path));
        }
        return options;
    }
}
