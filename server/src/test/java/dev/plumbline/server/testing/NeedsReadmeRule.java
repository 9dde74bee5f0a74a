package dev.plumbline.server.testing;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;

/**
 * A cross-file test rule: a file needs a {@code README} in its folder whose first line (the facts the
 * test extractor keeps) is not "draft". Quiet while the workspace index is not ready.
 */
public final class NeedsReadmeRule implements Rule<TextDocument> {

    static final RuleMeta META = RuleMeta.of("dockerfile/test-needs-readme", "Needs a README", Severity.WARNING,
            Language.DOCKERFILE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<TextDocument> context) {
        context.workspace().ifPresent(workspace -> {
            String readme = workspace.resolveFromSelf("README");
            if (!workspace.index().exists(readme)) {
                context.report(Range.of(0, 0, 0, 0), "No README next to " + workspace.selfPath());
            } else if (workspace.index().facts(readme, ReadmeFacts.class).map(f -> f.firstLine().equals("draft")).orElse(false)) {
                context.report(Range.of(0, 0, 0, 0), "The README next to " + workspace.selfPath() + " is a draft");
            }
        });
    }

    /** What the index keeps of a README. */
    public record ReadmeFacts(String firstLine) {
    }

    /** Takes a README's first line. */
    public static final class ReadmeExtractor implements dev.plumbline.workspace.FactsExtractor<ReadmeFacts> {
        @Override
        public Class<ReadmeFacts> type() {
            return ReadmeFacts.class;
        }

        @Override
        public boolean accepts(String relativePath) {
            return relativePath.equals("README") || relativePath.endsWith("/README");
        }

        @Override
        public java.util.Optional<ReadmeFacts> extract(String relativePath, String text) {
            return java.util.Optional.of(new ReadmeFacts(text.lines().findFirst().orElse("")));
        }
    }
}
