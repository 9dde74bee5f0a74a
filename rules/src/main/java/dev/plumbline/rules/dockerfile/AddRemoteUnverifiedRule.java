package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.AddSource;
import dev.plumbline.rules.dockerfile.support.CopySources;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.OnbuildInstruction;
import dev.plumbline.syntax.shell.Word;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * ADD of a remote file without {@code --checksum}, or of a git repository at a ref that can move: the
 * build takes whatever the server returns, so a compromised or changed upstream flows into the image.
 */
public final class AddRemoteUnverifiedRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/add-remote-unverified",
            "ADD of remote content without verification", Severity.WARNING, Language.DOCKERFILE);

    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (Instruction instruction : context.model().instructions()) {
            Instruction add = instruction instanceof OnbuildInstruction onbuild
                    ? onbuild.trigger().orElse(instruction) : instruction;
            if (!add.is("ADD") || add.flag("checksum").flatMap(f -> f.value()).filter(v -> !v.isEmpty()).isPresent()) {
                continue;
            }
            for (Word source : CopySources.sources(add)) {
                AddSource kind = AddSource.of(source.value());
                if (kind == AddSource.URL) {
                    context.report(source.range(), "ADD downloads \"" + source.value() + "\" without --checksum, so"
                            + " whatever the server returns goes into the image; add --checksum=sha256:<digest>");
                } else if (kind == AddSource.GIT && !pinnedToCommit(source.value())) {
                    context.report(source.range(), "ADD clones \"" + source.value() + "\" at a ref that can move;"
                            + " pin the full commit SHA (#<sha> or ?ref=<sha>) or add --checksum=<sha>");
                }
            }
        }
    }

    /** {@code …#<40 hex>[:subdir]} or a {@code ref=}/{@code commit=} query parameter holding a full SHA. */
    private static boolean pinnedToCommit(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        int hash = lower.indexOf('#');
        if (hash >= 0) {
            String ref = lower.substring(hash + 1);
            int colon = ref.indexOf(':');
            if (COMMIT.matcher(colon < 0 ? ref : ref.substring(0, colon)).matches()) {
                return true;
            }
        }
        int query = lower.indexOf('?');
        if (query >= 0) {
            for (String parameter : lower.substring(query + 1).split("[&#]")) {
                int eq = parameter.indexOf('=');
                if (eq > 0 && (parameter.startsWith("ref") || parameter.startsWith("commit") || parameter.startsWith("checksum"))
                        && COMMIT.matcher(parameter.substring(eq + 1)).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
