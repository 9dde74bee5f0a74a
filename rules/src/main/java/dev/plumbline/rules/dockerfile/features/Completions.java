package dev.plumbline.rules.dockerfile.features;

import dev.plumbline.features.CompletionCandidate;
import dev.plumbline.features.CompletionCandidate.Kind;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.FromInstruction;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.OnbuildInstruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What may be typed at the cursor: a parser directive at the top, an instruction at the start of a
 * line (or after ONBUILD), the flags of the instruction, the values of a flag (stage names after
 * {@code --from=}, mount options), variables in scope after {@code $}, and stage names where FROM
 * takes an image. Each candidate replaces the word typed so far; the client filters by it.
 */
final class Completions {

    /** Instructions an ONBUILD cannot hold. */
    private static final Set<String> NOT_TRIGGERS = Set.of("ONBUILD", "FROM", "MAINTAINER");

    private Completions() {
    }

    static List<CompletionCandidate> at(Dockerfile dockerfile, TextDocument document, VariableIndex variables,
            Position position) {
        int offset = document.offsetAt(position);
        return candidates(dockerfile, document, variables, position).stream()
                .map(candidate -> WholeWord.extend(candidate, document, offset))
                .toList();
    }

    private static List<CompletionCandidate> candidates(Dockerfile dockerfile, TextDocument document,
            VariableIndex variables, Position position) {
        String text = document.text();
        int offset = document.offsetAt(position);
        int lineStart = document.offsetAt(new Position(position.line(), 0));
        String before = text.substring(lineStart, offset);
        int wordStart = offset;
        while (wordStart > lineStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, offset);
        Range replace = document.rangeOf(wordStart, offset);

        if (before.stripLeading().startsWith("#")) {
            return inDirectiveArea(dockerfile, position) ? directives(before, document, offset) : List.of();
        }
        Optional<Instruction> found = instructionAt(dockerfile, position, lineStart, before, wordStart);
        int dollar = word.lastIndexOf('$');
        if (dollar >= 0 && found.isPresent()) {
            return variables(dockerfile, variables, found.get(), document, wordStart + dollar, offset);
        }
        if (found.isEmpty()) {
            return before.isBlank() || before.strip().chars().allMatch(Character::isLetter)
                    ? keywords(replace, false) : List.of();
        }
        Instruction instruction = found.get();
        Instruction effective = instruction;
        if (instruction instanceof OnbuildInstruction onbuild) {
            if (onbuild.trigger().isEmpty() || wordStart <= onbuild.trigger().get().keyword().startOffset()) {
                return keywords(replace, true);
            }
            effective = onbuild.trigger().get();
        }
        if (word.startsWith("--")) {
            return flags(dockerfile, effective, instruction, word, wordStart, document, offset);
        }
        int argument = argumentIndex(effective, wordStart);
        if (effective instanceof FromInstruction) {
            if (argument == 0) {
                return stageNames(dockerfile, instruction, replace, true);
            }
            if (argument == 1) {
                return List.of(CompletionCandidate.plain("AS", Kind.KEYWORD, "name this stage", "", replace));
            }
            return List.of();
        }
        if (effective.is("STOPSIGNAL") && argument == 0) {
            return values(DockerfileReference.SIGNALS, "signal", replace);
        }
        if (effective.is("HEALTHCHECK") && argument == 0) {
            return values(List.of("CMD", "NONE"), "HEALTHCHECK", replace);
        }
        return List.of();
    }

    /**
     * The instruction the cursor is in, past its keyword: the one holding the cursor or, when the line
     * ends in blanks the instruction does not reach, the one holding the last character typed.
     */
    private static Optional<Instruction> instructionAt(Dockerfile dockerfile, Position position, int lineStart,
            String before, int wordStart) {
        int offset = lineStart + before.length();
        Optional<Instruction> found = dockerfile.instructionAt(offset);
        int typed = lineStart + before.stripTrailing().length();
        if (found.isEmpty() && typed > lineStart) {
            found = dockerfile.instructionAt(typed - 1);
        }
        // the cursor in the keyword itself: an instruction is still being chosen
        return found.filter(i -> i.startOffset() < wordStart || i.startLine() != position.line());
    }

    // ---- directives ----------------------------------------------------------------------------------

    /** True when every line above is a parser directive, so this line can still be one. */
    private static boolean inDirectiveArea(Dockerfile dockerfile, Position position) {
        if (dockerfile.directives().size() < position.line()) {
            return false;
        }
        return dockerfile.instructions().isEmpty() || dockerfile.instructions().get(0).startLine() >= position.line();
    }

    private static List<CompletionCandidate> directives(String before, TextDocument document, int offset) {
        String body = before.stripLeading().substring(1).stripLeading();
        int eq = body.indexOf('=');
        List<CompletionCandidate> out = new ArrayList<>();
        if (eq < 0) {
            if (!body.chars().allMatch(Character::isLetter)) {
                return out;
            }
            Range replace = document.rangeOf(offset - body.length(), offset);
            for (DockerfileReference.DirectiveDoc doc : DockerfileReference.directives()) {
                out.add(new CompletionCandidate(doc.name(), Kind.KEYWORD, "parser directive", doc.markdown(),
                        doc.name() + "=", false, replace));
            }
            return out;
        }
        Optional<DockerfileReference.DirectiveDoc> doc = DockerfileReference.directive(body.substring(0, eq).strip());
        if (doc.isEmpty()) {
            return out;
        }
        String typed = body.substring(eq + 1);
        Range replace = document.rangeOf(offset - typed.length(), offset);
        for (String value : doc.get().values()) {
            out.add(CompletionCandidate.plain(value, Kind.VALUE, doc.get().name(), "", replace));
        }
        return out;
    }

    // ---- instructions ------------------------------------------------------------------------------

    private static List<CompletionCandidate> keywords(Range replace, boolean trigger) {
        List<CompletionCandidate> out = new ArrayList<>();
        for (DockerfileReference.InstructionDoc doc : DockerfileReference.instructions()) {
            if (trigger && NOT_TRIGGERS.contains(doc.name())) {
                continue;
            }
            out.add(new CompletionCandidate(doc.name(), Kind.KEYWORD, doc.summary(), doc.markdown(),
                    doc.name() + " " + doc.snippet(), true, replace));
        }
        return out;
    }

    /** The index of the argument (after the flags) that starts at or holds {@code offset}; its count when none does. */
    private static int argumentIndex(Instruction instruction, int offset) {
        var arguments = instruction.arguments();
        for (int i = 0; i < arguments.size(); i++) {
            if (offset <= arguments.get(i).startOffset()) {
                return i;
            }
            if (offset <= arguments.get(i).endOffset()) {
                return i;
            }
        }
        return arguments.size();
    }

    // ---- flags ---------------------------------------------------------------------------------------

    private static List<CompletionCandidate> flags(Dockerfile dockerfile, Instruction effective, Instruction top,
            String word, int wordStart, TextDocument document, int offset) {
        Optional<DockerfileReference.InstructionDoc> doc = DockerfileReference.instruction(effective.name());
        if (doc.isEmpty()) {
            return List.of();
        }
        int eq = word.indexOf('=');
        if (eq < 0) {
            Range replace = document.rangeOf(wordStart, offset);
            List<CompletionCandidate> out = new ArrayList<>();
            for (DockerfileReference.FlagDoc flag : doc.get().flags()) {
                boolean given = effective.flag(flag.name()).filter(f -> f.token().startOffset() != wordStart).isPresent();
                if (given && !flag.repeatable()) {
                    continue;
                }
                String insert = "--" + flag.name() + (flag.takesValue() ? "=" : "");
                out.add(new CompletionCandidate("--" + flag.name(), Kind.PROPERTY, flag.valueHint(),
                        flag.markdown(doc.get().name()), insert, false, replace));
            }
            return out;
        }
        String name = word.substring(2, eq).toLowerCase(Locale.ROOT);
        int valueStart = wordStart + eq + 1;
        Range replace = document.rangeOf(valueStart, offset);
        if (name.equals("from") && (effective.is("COPY") || effective.is("ADD"))) {
            return stageNames(dockerfile, top, replace, false);
        }
        if (name.equals("mount") && effective.is("RUN")) {
            return mountOptions(dockerfile, top, word.substring(eq + 1), valueStart, document, offset);
        }
        return doc.get().flag(name).map(flag -> values(flag.values(), "--" + flag.name(), replace)).orElse(List.of());
    }

    private static List<CompletionCandidate> mountOptions(Dockerfile dockerfile, Instruction at, String value,
            int valueStart, TextDocument document, int offset) {
        int fieldStart = value.lastIndexOf(',') + 1;
        String field = value.substring(fieldStart);
        int eq = field.indexOf('=');
        if (eq < 0) {
            Range replace = document.rangeOf(valueStart + fieldStart, offset);
            List<CompletionCandidate> out = new ArrayList<>();
            for (DockerfileReference.MountKeyDoc key : DockerfileReference.mountKeys()) {
                out.add(new CompletionCandidate(key.name(), Kind.PROPERTY, "--mount option", key.markdown(),
                        key.snippet(), true, replace));
            }
            return out;
        }
        String key = field.substring(0, eq).toLowerCase(Locale.ROOT);
        Range replace = document.rangeOf(valueStart + fieldStart + eq + 1, offset);
        if (key.equals("type")) {
            List<CompletionCandidate> out = new ArrayList<>();
            for (DockerfileReference.MountTypeDoc type : DockerfileReference.mountTypes()) {
                out.add(CompletionCandidate.plain(type.name(), Kind.ENUM_MEMBER, "mount type", type.summary(), replace));
            }
            return out;
        }
        if (key.equals("from")) {
            return stageNames(dockerfile, at, replace, false);
        }
        return DockerfileReference.mountKey(key).map(doc -> values(doc.values(), doc.name(), replace)).orElse(List.of());
    }

    private static List<CompletionCandidate> values(List<String> values, String detail, Range replace) {
        List<CompletionCandidate> out = new ArrayList<>();
        for (String value : values) {
            out.add(CompletionCandidate.plain(value, Kind.VALUE, detail, "", replace));
        }
        return out;
    }

    // ---- stages and variables ------------------------------------------------------------------------

    /** The named stages before {@code at}'s own stage (a FROM or {@code --from} can only use earlier ones). */
    private static List<CompletionCandidate> stageNames(Dockerfile dockerfile, Instruction at, Range replace,
            boolean inFrom) {
        int current = at.stageIndex() < 0 ? dockerfile.stages().size() : at.stageIndex();
        List<CompletionCandidate> out = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            if (stage.index() >= current) {
                break;
            }
            stage.from().stageName().ifPresent(name -> out.add(CompletionCandidate.plain(name.value(), Kind.REFERENCE,
                    "stage " + stage.index() + stage.from().image().map(i -> " FROM " + i.text()).orElse(""), "",
                    replace)));
        }
        if (inFrom) {
            out.add(CompletionCandidate.plain("scratch", Kind.VALUE, "the empty image", "", replace));
        }
        return out;
    }

    /** Variables in scope at {@code at}, after the {@code $} at {@code dollar}. */
    private static List<CompletionCandidate> variables(Dockerfile dockerfile, VariableIndex index, Instruction at,
            TextDocument document, int dollar, int offset) {
        String text = document.text();
        int nameStart = dollar + 1;
        if (nameStart < offset && text.charAt(nameStart) == '{') {
            nameStart++;
        }
        for (int i = nameStart; i < offset; i++) {
            if (!VariableUses.isNameChar(text.charAt(i), i == nameStart)) {
                return List.of();
            }
        }
        Range replace = document.rangeOf(nameStart, offset);
        List<CompletionCandidate> out = new ArrayList<>();
        Map<String, VariableIndex.Declaration> visible = index.visibleAt(dockerfile, at);
        for (VariableIndex.Declaration declaration : visible.values()) {
            String name = declaration.name().value();
            String detail = declaration.keyword() + declaration.value().map(v -> " = " + v.text()).orElse("")
                    + " (line " + (declaration.instruction().startLine() + 1) + ")";
            out.add(CompletionCandidate.plain(name, Kind.VARIABLE, detail, "", replace));
        }
        boolean global = at instanceof FromInstruction || at.stageIndex() < 0;
        if (global) {
            DockerfileReference.AUTOMATIC_ARGS.forEach((name, what) -> {
                if (!visible.containsKey(name) && name.equals(name.toUpperCase(Locale.ROOT))) {
                    out.add(CompletionCandidate.plain(name, Kind.VARIABLE, "set by BuildKit", what, replace));
                }
            });
        }
        return out;
    }
}
