package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.DockerfileUtilsIds;
import dev.plumbline.rules.dockerfile.support.Instructions;
import dev.plumbline.syntax.dockerfile.ArgInstruction;
import dev.plumbline.rules.dockerfile.support.Templates;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.ParseProblem;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** ENV, LABEL and ARG pairs Docker cannot read: no pairs, no name, no {@code =}, an illegal ARG name, an open quote. */
public final class SyntaxKeyValueRule implements Rule<Dockerfile> {

    private static final PeerId MISSING = DockerfileUtilsIds.of("ARGUMENT_MISSING");
    private static final PeerId REQUIRES_TWO = DockerfileUtilsIds.of("ARGUMENT_REQUIRES_TWO");
    private static final PeerId MISSING_EQUALS = DockerfileUtilsIds.of("SYNTAX_MISSING_EQUALS");
    private static final PeerId MISSING_NAMES = DockerfileUtilsIds.of("SYNTAX_MISSING_NAMES");
    private static final PeerId SINGLE_QUOTE = DockerfileUtilsIds.of("SYNTAX_MISSING_SINGLE_QUOTE");
    private static final PeerId DOUBLE_QUOTE = DockerfileUtilsIds.of("SYNTAX_MISSING_DOUBLE_QUOTE");

    static final RuleMeta META = RuleMeta.of("dockerfile/syntax-key-value", "Malformed name=value pair",
            Severity.ERROR, Language.DOCKERFILE, MISSING, REQUIRES_TWO, MISSING_EQUALS, MISSING_NAMES, SINGLE_QUOTE,
            DOUBLE_QUOTE);

    /** The parse problems this rule reports, with the code that describes each. */
    private static final Map<ParseProblem.Kind, PeerId> PROBLEMS = Map.of(
            ParseProblem.Kind.MISSING_EQUALS, MISSING_EQUALS,
            ParseProblem.Kind.BLANK_NAME, MISSING_NAMES,
            ParseProblem.Kind.MISSING_VALUE, REQUIRES_TWO);

    /** A name a later {@code $name} can refer to. */
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        if (Templates.isTemplate(context.model())) {
            return; // not built as written
        }
        Dockerfile dockerfile = context.model();
        for (ParseProblem problem : dockerfile.problems()) {
            PeerId peer = PROBLEMS.get(problem.kind());
            if (peer != null) {
                context.report(problem.range(), problem.message()).peers(peer);
            }
        }
        for (Instruction instruction : Instructions.withTriggers(dockerfile)) {
            if (!instruction.is("ENV") && !instruction.is("LABEL") && !instruction.is("ARG")) {
                continue;
            }
            if (instruction.arguments().isEmpty()) {
                String what = instruction.is("ARG") ? "a name" : "a name=value pair";
                context.report(instruction.keyword().range(), instruction.name() + " requires at least " + what)
                        .peers(MISSING);
                continue;
            }
            if (instruction instanceof ArgInstruction arg) {
                argNames(context, arg);
            }
            for (Word word : instruction.arguments()) {
                openQuote(context, word, dockerfile.escapeChar());
            }
        }
    }

    private static void argNames(RuleContext<Dockerfile> context, ArgInstruction arg) {
        List<ArgInstruction.Declaration> declarations = arg.declarations();
        for (int i = 0; i < declarations.size(); i++) {
            ArgInstruction.Declaration declaration = declarations.get(i);
            String name = declaration.name().value();
            if (name.startsWith("#")) {
                Word last = declarations.get(declarations.size() - 1).word();
                context.report(declaration.word().startOffset(), last.endOffset(), "Docker has no end-of-line comments: "
                        + "from \"#\" on, every word declares another build argument").peers();
                return;
            }
            if (name.isEmpty()) {
                context.report(declaration.word().range(), "ARG names can not be blank").peers(MISSING_NAMES);
            } else if (!name.contains("$") && !VARIABLE_NAME.matcher(name).matches()) {
                context.report(declaration.name().range(), "ARG name \"" + name
                        + "\" is not a variable name (letters, digits and _, not starting with a digit), "
                        + "so no $ reference can read it").peers();
            }
        }
    }

    /** A quote the word opens and never closes (Docker's word rules, with the file's escape character). */
    private static void openQuote(RuleContext<Dockerfile> context, Word word, char escape) {
        String raw = word.text();
        char open = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (open == 0) {
                if (c == escape) {
                    i++;
                } else if (c == '\'' || c == '"') {
                    open = c;
                }
            } else if (c == open) {
                open = 0;
            } else if (c == escape && open == '"') {
                i++;
            }
        }
        if (open == 0) {
            return;
        }
        String kind = open == '"' ? "double" : "single";
        String shown = raw.length() > 40 ? raw.substring(0, 37) + "..." : raw;
        context.report(word.range(), "The " + kind + " quote in \"" + shown + "\" is never closed")
                .peers(open == '"' ? DOUBLE_QUOTE : SINGLE_QUOTE)
                .fix("Close the quote", TextEdit.insert(word.range().end(), String.valueOf(open)));
    }
}
