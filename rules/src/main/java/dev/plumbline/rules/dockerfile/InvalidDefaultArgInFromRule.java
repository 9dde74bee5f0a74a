package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.ImageRef;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.dockerfile.Variables;
import dev.plumbline.syntax.shell.Word;
import java.util.Optional;

/**
 * A FROM whose global ARG defaults (an ARG without a default counts as empty) make it an empty or
 * invalid image name: the build fails unless every user passes {@code --build-arg}.
 */
public final class InvalidDefaultArgInFromRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/invalid-default-arg-in-from",
            "ARG defaults make FROM invalid", Severity.WARNING, Language.DOCKERFILE,
            PeerId.of(PeerId.BUILDKIT, "InvalidDefaultArgInFrom"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        Variables defaults = dockerfile.globalVariables().withUnsetAsEmpty();
        for (Stage stage : dockerfile.stages()) {
            Optional<Word> image = stage.from().image();
            if (image.isEmpty() || image.get().text().indexOf('$') < 0) {
                continue;
            }
            Optional<String> resolved = defaults.expand(image.get().text());
            if (resolved.isEmpty()) {
                continue; // a variable no global ARG declares: undefined-arg-in-from's business
            }
            String name = resolved.get();
            if (name.contains("<%") || name.contains("{{")) {
                continue; // a template (ERB, EEx, Go) that only becomes a Dockerfile later
            }
            boolean stageName = dockerfile.stage(name).filter(s -> s.index() < stage.index()).isPresent();
            if (!stageName && (name.isEmpty() || ImageRef.parse(name).kind() == ImageRef.Kind.UNKNOWN)) {
                context.report(image.get().range(), name.isEmpty()
                        ? "With the default ARG values, FROM " + image.get().text() + " resolves to an empty image name;"
                                + " give the ARG a default value"
                        : "With the default ARG values, FROM " + image.get().text() + " resolves to \"" + name
                                + "\", which is not a valid image name; give the ARG a default value");
            }
        }
    }
}
