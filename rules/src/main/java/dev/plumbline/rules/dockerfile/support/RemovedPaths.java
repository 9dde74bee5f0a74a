package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import java.util.Set;

/** Recognises {@code rm -rf <dir>/*} style cleanups. */
public final class RemovedPaths {

    private RemovedPaths() {
    }

    /**
     * True when {@code command} is a recursive {@code rm} of {@code directory} or of its content
     * ({@code dir}, {@code dir/}, {@code dir/*}, {@code dir/**}).
     */
    public static boolean removes(Command command, String directory) {
        if (!command.name().equals("rm")) {
            return false;
        }
        Set<String> forms = Set.of(directory, directory + "/", directory + "/*", directory + "/**", directory + "/.*");
        boolean recursive = false;
        boolean target = false;
        for (Word word : command.arguments()) {
            String v = word.value();
            if (v.equals("--recursive") || (v.startsWith("-") && !v.startsWith("--") && (v.indexOf('r') > 0
                    || v.indexOf('R') > 0))) {
                recursive = true;
            } else if (forms.contains(v)) {
                target = true;
            }
        }
        return recursive && target;
    }
}
