package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.ImageRef;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.shell.Word;
import java.util.List;

/** {@code COPY --from=<stage> / /}: the whole root file system of another stage, build tools and all. */
public final class CopyWholeFilesystemRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/copy-whole-filesystem", "COPY --from copies a whole file system",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3067"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        if (dockerfile.finalStage().isEmpty()) {
            return;
        }
        // in build stages this is how helper images (e.g. tonistiigi/xx) are laid in; only the final image matters
        for (Stage stage : dockerfile.stageChain(dockerfile.finalStage().get())) {
            for (Instruction instruction : stage.instructions()) {
                List<Word> args = instruction.arguments();
                if (instruction.is("COPY") && instruction.flag("from").isPresent() && args.size() >= 2
                        && args.stream().allMatch(w -> isRoot(w.value())) && !fromScratchStage(dockerfile, instruction)) {
                    Word source = args.get(0);
                    context.report(source.range(), "COPY --from=" + instruction.flag("from").get().value().orElse("")
                            + " / / copies the whole file system of that stage; copy only the files the image needs");
                }
            }
        }
    }

    private static boolean isRoot(String path) {
        return path.equals("/") || path.equals("/.") || path.equals("/*");
    }

    /** A stage built FROM scratch holds only what was copied into it: copying all of it is exporting. */
    private static boolean fromScratchStage(Dockerfile dockerfile, Instruction instruction) {
        String from = instruction.flag("from").flatMap(f -> f.value()).orElse("");
        return dockerfile.stageGraph().sourceStage(from, instruction)
                .map(s -> dockerfile.stageGraph().rootImage(s).kind() == ImageRef.Kind.SCRATCH)
                .orElse(false);
    }
}
