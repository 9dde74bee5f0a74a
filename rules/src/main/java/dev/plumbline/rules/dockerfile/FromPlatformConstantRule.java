package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Stage;
import java.util.Locale;

/** {@code FROM --platform=} with a literal value: the image can no longer be built for other platforms. */
public final class FromPlatformConstantRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/from-platform-constant", "FROM --platform has a constant value",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3029"),
            PeerId.of(PeerId.BUILDKIT, "FromPlatformFlagConstDisallowed"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (Stage stage : context.model().stages()) {
            stage.from().platform().flatMap(f -> f.valueWord())
                    .filter(w -> !w.value().isEmpty() && w.text().indexOf('$') < 0 && !namedForPlatform(stage, w.value()))
                    .ifPresent(w -> context.report(w.range(), "FROM --platform=" + w.value() + " pins the platform; use"
                            + " $BUILDPLATFORM (build tools) or $TARGETPLATFORM, or an ARG, so other platforms can build"));
        }
    }

    /** A stage named after its OS or architecture ({@code AS build_arm64}) is meant for that platform only (BuildKit's exception). */
    private static boolean namedForPlatform(Stage stage, String platform) {
        String name = stage.name().orElse("");
        if (name.isEmpty()) {
            return false;
        }
        for (String part : platform.toLowerCase(Locale.ROOT).split("/")) {
            if (!part.isEmpty() && name.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
