package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.FinalImage;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.ImageRef;
import dev.plumbline.syntax.dockerfile.Stage;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The final image is built on a build/SDK image (compilers and package managers ship with it). */
public final class SdkImageInFinalStageRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/sdk-image-in-final-stage", "Final image is built on an SDK image",
            Severity.INFORMATION, Language.DOCKERFILE);

    private static final Set<String> SDKS = Set.of("golang", "rust", "maven", "gradle", "gcc", "buildpack-deps");
    private static final Set<String> JAVA = Set.of("eclipse-temurin", "openjdk", "amazoncorretto", "ibm-semeru-runtimes");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        if (FinalImage.isDevContainer(context.document())) {
            return;
        }
        Optional<Stage> last = dockerfile.finalStage();
        if (last.isEmpty()) {
            return;
        }
        Stage root = dockerfile.stageGraph().root(last.get());
        ImageRef image = dockerfile.baseImage(root.from());
        if (!isSdk(image) || root.from().image().isEmpty()) {
            return;
        }
        context.report(root.from().image().get().range(), "The final image is built on the build image \"" + image.text()
                + "\"; compile in an earlier stage and run on a runtime image (distroless, slim, jre)");
    }

    static boolean isSdk(ImageRef image) {
        if (!image.isImage()) {
            return false;
        }
        String repository = image.repository().toLowerCase(Locale.ROOT);
        String name = repository.substring(repository.lastIndexOf('/') + 1);
        String tag = image.tagName().orElse("").toLowerCase(Locale.ROOT);
        if (repository.endsWith("dotnet/sdk") || repository.endsWith("dotnet/core/sdk")) {
            return true;
        }
        if (JAVA.contains(name)) {
            return tag.contains("jdk");
        }
        return SDKS.contains(name);
    }
}
