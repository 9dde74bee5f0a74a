package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.OnbuildInstruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** What COPY and ADD bring into a stage: their source words, and whether a file name is among them. */
public final class CopySources {

    /** Compiled globs by pattern: few distinct patterns occur, and rules run on every keystroke. */
    private static final Map<String, Pattern> GLOBS = new ConcurrentHashMap<>();

    private CopySources() {
    }

    /** The COPY or ADD an instruction is or holds (ONBUILD COPY), or null. */
    public static Instruction copyOrAdd(Instruction instruction) {
        Instruction effective = instruction instanceof OnbuildInstruction onbuild
                ? onbuild.trigger().orElse(instruction) : instruction;
        return effective.is("COPY") || effective.is("ADD") ? effective : null;
    }

    /** The source arguments of a COPY or ADD (every argument but the last); empty for heredoc-only copies. */
    public static List<Word> sources(Instruction copy) {
        List<Word> args = copy.arguments();
        return args.size() < 2 ? List.of() : args.subList(0, args.size() - 1);
    }

    /**
     * True when a COPY/ADD before {@code before} in {@code stage}'s chain names a source whose last path
     * element is one of {@code fileNames} or a glob matching one of them (e.g. {@code package*.json}).
     */
    public static boolean copiedBefore(Dockerfile dockerfile, Stage stage, Instruction before, List<String> fileNames) {
        for (Stage s : dockerfile.stageChain(stage)) {
            for (Instruction instruction : s.instructions()) {
                if (s == stage && instruction.startOffset() >= before.startOffset()) {
                    break;
                }
                Instruction copy = copyOrAdd(instruction);
                if (copy == null) {
                    continue;
                }
                for (Word source : sources(copy)) {
                    if (namesAny(source.value(), fileNames)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when the last path element of {@code source} is one of {@code fileNames} or a glob matching one. */
    public static boolean namesAny(String source, List<String> fileNames) {
        String path = source;
        while (path.endsWith("/") && path.length() > 1) {
            path = path.substring(0, path.length() - 1);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.indexOf('*') < 0 && last.indexOf('?') < 0 && last.indexOf('[') < 0) {
            return fileNames.contains(last);
        }
        Pattern glob = GLOBS.get(last);
        if (glob == null) {
            if (GLOBS.size() > 512) {
                GLOBS.clear();
            }
            glob = glob(last);
            GLOBS.put(last, glob);
        }
        for (String name : fileNames) {
            if (glob.matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A Go {@code filepath.Match} pattern for one path element as a regular expression. */
    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            switch (c) {
                case '*' -> regex.append("[^/]*");
                case '?' -> regex.append("[^/]");
                case '[' -> {
                    int close = pattern.indexOf(']', i + 1);
                    if (close < 0) {
                        regex.append("\\[");
                    } else {
                        String body = pattern.substring(i + 1, close).replace("\\", "\\\\");
                        regex.append('[').append(body.startsWith("^") ? "^" + body.substring(1) : body).append(']');
                        i = close;
                    }
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** True for {@code .}, {@code ./}, or a source that copies a whole directory tree by name ({@code src/}). */
    public static boolean isWholeContext(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        return s.equals(".") || s.equals("./") || s.equals("*") || s.equals("./*");
    }
}
