package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.shell.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * The sources a COPY or ADD takes from the build context: every argument but the destination, for
 * instructions without {@code --from}; heredoc sources and URLs are not from the context.
 *
 * @param instruction the COPY or ADD (top level; ONBUILD triggers run in other contexts)
 * @param source the source as written
 */
public record ContextSource(Instruction instruction, Word source) {

    public static List<ContextSource> all(Dockerfile dockerfile) {
        List<ContextSource> out = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if ((!instruction.is("COPY") && !instruction.is("ADD")) || instruction.flag("from").isPresent()) {
                continue;
            }
            List<Word> args = instruction.arguments();
            for (int i = 0; i < args.size() - 1; i++) {
                String v = args.get(i).value();
                if (!v.startsWith("<<") && !v.contains("://") && !v.startsWith("git@")) {
                    out.add(new ContextSource(instruction, args.get(i)));
                }
            }
        }
        return out;
    }

    /** True for {@code .} or {@code ./}: the whole context. */
    public boolean isWholeContext() {
        String v = source.value();
        return v.equals(".") || v.equals("./") || v.equals("/") || v.equals("./.");
    }

    /** True when the value has no wildcard and no variable, so it names one path. */
    public boolean isLiteral() {
        String v = source.value();
        return v.indexOf('*') < 0 && v.indexOf('?') < 0 && v.indexOf('[') < 0 && v.indexOf('$') < 0;
    }
}
