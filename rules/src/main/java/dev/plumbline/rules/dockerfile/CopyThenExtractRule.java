package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.CopySources;
import dev.plumbline.rules.dockerfile.support.RunSite;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A local archive COPY'd into the image and extracted by a later RUN: the archive stays in the COPY
 * layer for good. ADD unpacks tar archives in one step; a bind mount avoids the copy for any archive.
 */
public final class CopyThenExtractRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/copy-then-extract", "Archive copied in, then extracted",
            Severity.INFORMATION, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3010"));

    private static final List<String> TARS = List.of(".tar", ".tgz", ".tbz", ".tbz2", ".txz", ".tzst", ".tar.gz",
            ".tar.bz2", ".tar.xz", ".tar.zst", ".tar.lz", ".tar.lzma");

    private record Copied(Word source, String baseName, boolean zip) {
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        List<RunSite> runs = RunSite.all(dockerfile);
        for (Stage stage : dockerfile.stages()) {
            context.checkCanceled();
            List<Copied> copied = new ArrayList<>();
            for (Instruction instruction : stage.instructions()) {
                if (instruction.is("COPY") && instruction.flag("from").isEmpty()) {
                    for (Word source : CopySources.sources(instruction)) {
                        archive(source).ifPresent(copied::add);
                    }
                }
            }
            if (copied.isEmpty()) {
                continue;
            }
            for (Copied archive : copied) {
                if (extractedLater(runs, stage, archive)) {
                    String how = archive.zip()
                            ? "extract it from a RUN --mount=type=bind,source=… instead"
                            : "use ADD, which unpacks tar archives, or extract it from a RUN --mount=type=bind";
                    context.report(archive.source().range(), "\"" + archive.baseName() + "\" is copied in and then"
                            + " extracted, so the archive stays in the image as an extra layer; " + how);
                }
            }
        }
    }

    private static Optional<Copied> archive(Word source) {
        String v = source.value();
        if (v.contains("$") || v.contains("*") || v.contains("?") || v.contains("://")) {
            return Optional.empty();
        }
        String base = v.substring(v.lastIndexOf('/') + 1);
        String lower = base.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            return Optional.of(new Copied(source, base, true));
        }
        for (String suffix : TARS) {
            if (lower.endsWith(suffix)) {
                return Optional.of(new Copied(source, base, false));
            }
        }
        return Optional.empty();
    }

    private static boolean extractedLater(List<RunSite> runs, Stage stage, Copied archive) {
        for (RunSite site : runs) {
            if (site.stage() != stage || site.isTrigger() || site.owner().startOffset() < archive.source().startOffset()) {
                continue;
            }
            for (Command command : site.commands()) {
                if (archive.zip() ? command.name().equals("unzip") : isTarExtract(command)) {
                    for (Word word : command.arguments()) {
                        String v = word.value();
                        String base = v.substring(v.lastIndexOf('/') + 1);
                        if (base.equals(archive.baseName()) || v.endsWith("=" + archive.baseName())
                                || v.endsWith("/" + archive.baseName())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** {@code tar -x…}, {@code tar xzf …}, {@code tar --extract}. */
    private static boolean isTarExtract(Command command) {
        if (!command.name().equals("tar") || command.arguments().isEmpty()) {
            return false;
        }
        String first = command.arguments().get(0).value();
        if (!first.startsWith("-") && first.indexOf('x') >= 0) {
            return true; // old-style bundled options: tar xzf file
        }
        for (Word word : command.arguments()) {
            String v = word.value();
            if (v.equals("--extract") || v.equals("--get")) {
                return true;
            }
            if (v.startsWith("-") && !v.startsWith("--") && v.indexOf('x') > 0) {
                return true;
            }
        }
        return false;
    }
}
