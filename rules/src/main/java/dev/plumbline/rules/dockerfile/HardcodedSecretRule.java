package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.secrets.CredentialFormats;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * A credential in a known format written in the Dockerfile (ENV/ARG defaults, LABEL, RUN, heredocs,
 * comments): it is in the repository and, outside comments, in the image.
 */
public final class HardcodedSecretRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/hardcoded-secret", "Hard-coded secret", Severity.ERROR,
            Language.DOCKERFILE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        String text = context.document().text();
        for (int[] span : spans(context.model(), text.length())) {
            for (CredentialFormats.Match match : CredentialFormats.find(text.substring(span[0], span[1]))) {
                context.report(span[0] + match.start(), span[0] + match.end(), "This looks like " + match.kind()
                        + " written into the Dockerfile; revoke it and pass it with RUN --mount=type=secret instead");
            }
        }
    }

    /**
     * The text to search, as offset spans: the whole file, or for a view of some stages the text
     * before the first FROM and the text of each stage kept (so a keystroke does not search it all).
     */
    private static List<int[]> spans(Dockerfile dockerfile, int length) {
        List<Stage> every = dockerfile.everyStage();
        if (dockerfile.whole() == dockerfile || every.isEmpty()) {
            return List.of(new int[] {0, length});
        }
        List<int[]> out = new ArrayList<>();
        out.add(new int[] {0, every.get(0).from().startOffset()});
        for (Stage stage : dockerfile.stages()) {
            int end = stage.index() + 1 < every.size() ? every.get(stage.index() + 1).from().startOffset() : length;
            out.add(new int[] {stage.from().startOffset(), end});
        }
        return out;
    }
}
