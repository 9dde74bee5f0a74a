package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.DockerfileUtilsIds;
import dev.plumbline.rules.dockerfile.support.Templates;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.FromInstruction;
import dev.plumbline.syntax.shell.Word;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A FROM that is not {@code image [AS name]}, or whose stage name Docker rejects. */
public final class SyntaxFromRule implements Rule<Dockerfile> {

    private static final PeerId ONE_OR_THREE = DockerfileUtilsIds.of("ARGUMENT_REQUIRES_ONE_OR_THREE");
    private static final PeerId INVALID_AS = DockerfileUtilsIds.of("INVALID_AS");
    private static final PeerId INVALID_NAME = DockerfileUtilsIds.of("INVALID_BUILD_STAGE_NAME");

    static final RuleMeta META = RuleMeta.of("dockerfile/syntax-from", "Malformed FROM",
            Severity.ERROR, Language.DOCKERFILE, ONE_OR_THREE, INVALID_AS, INVALID_NAME);

    /** BuildKit's stage name rule, applied to the lower-cased name. */
    private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9._-]*");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        if (Templates.isTemplate(context.model())) {
            return; // not built as written
        }
        for (FromInstruction from : context.model().froms()) {
            List<Word> args = from.arguments();
            if (args.size() == 2 || args.size() > 3) {
                Word last = args.get(args.size() - 1);
                context.report(args.get(1).startOffset(), last.endOffset(),
                        "FROM takes an image, optionally followed by AS <name>").peers(ONE_OR_THREE);
            } else if (args.size() == 3 && !args.get(1).is("as")) {
                context.report(args.get(1).range(), "Expected AS before the stage name, found \""
                        + args.get(1).text() + "\"").peers(INVALID_AS);
            } else if (args.size() == 3) {
                Word name = args.get(2);
                if (!STAGE_NAME.matcher(name.value().toLowerCase(Locale.ROOT)).matches()) {
                    context.report(name.range(), "Invalid stage name \"" + name.text()
                            + "\": it must start with a letter and hold only letters, digits, ., _ and -")
                            .peers(INVALID_NAME);
                }
            }
        }
    }
}
