package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
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
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ADD of plain local files does what COPY does, plus implicit magic (unpacking archives, fetching
 * URLs) a reader has to rule out. COPY says exactly what happens.
 */
public final class AddInsteadOfCopyRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/add-instead-of-copy", "ADD used where COPY does",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL3020"));

    static final String FIX_TITLE = "Replace ADD with COPY";
    /** Flags only ADD has. */
    private static final Set<String> ADD_ONLY_FLAGS = Set.of("checksum", "keep-git-dir", "unpack");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (Instruction instruction : context.model().instructions()) {
            Instruction add = instruction instanceof OnbuildInstruction onbuild
                    ? onbuild.trigger().orElse(instruction) : instruction;
            if (!add.is("ADD") || add.flags().stream().anyMatch(f -> ADD_ONLY_FLAGS.contains(f.name()))) {
                continue;
            }
            List<Word> sources = CopySources.sources(add);
            if (sources.isEmpty() || !sources.stream().allMatch(s -> AddSource.of(s.value()) == AddSource.LOCAL)) {
                continue;
            }
            Word keyword = add.keyword();
            String copy = keyword.value().equals(keyword.value().toLowerCase(Locale.ROOT)) ? "copy" : "COPY";
            context.report(keyword.range(), "ADD of local files that are not archives: COPY does the same without"
                            + " ADD's implicit unpacking and downloading")
                    .fix(FIX_TITLE, new TextEdit(keyword.range(), copy));
        }
    }
}
