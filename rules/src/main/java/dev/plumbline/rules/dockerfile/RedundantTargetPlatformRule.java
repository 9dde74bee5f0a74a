package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Flag;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.Optional;

/** {@code FROM --platform=$TARGETPLATFORM}: that is already the default. */
public final class RedundantTargetPlatformRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/redundant-target-platform", "FROM --platform=$TARGETPLATFORM is redundant",
            Severity.INFORMATION, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3065"),
            PeerId.of(PeerId.BUILDKIT, "RedundantTargetPlatform"));

    static final String FIX_TITLE = "Remove the --platform flag";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        TextDocument doc = context.document();
        for (Stage stage : context.model().stages()) {
            Optional<Flag> platform = stage.from().platform();
            if (platform.isEmpty() || platform.get().valueWord().isEmpty()) {
                continue;
            }
            String value = platform.get().valueWord().get().text();
            if (!value.equals("$TARGETPLATFORM") && !value.equals("${TARGETPLATFORM}")) {
                continue;
            }
            int start = doc.offsetAt(platform.get().range().start());
            int end = doc.offsetAt(platform.get().range().end());
            String text = doc.text();
            while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                end++;
            }
            context.report(platform.get().range(), "--platform=" + value + " is the default for FROM; remove it")
                    .fix(FIX_TITLE, TextEdit.delete(doc.rangeOf(start, end)));
        }
    }
}
