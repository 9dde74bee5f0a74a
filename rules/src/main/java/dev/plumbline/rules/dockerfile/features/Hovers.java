package dev.plumbline.rules.dockerfile.features;

import dev.plumbline.features.HoverText;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import java.util.Optional;

/** Hover text for each kind of {@link Spot}: Markdown in Plumbline's own words. */
final class Hovers {

    private Hovers() {
    }

    static Optional<HoverText> of(Dockerfile dockerfile, VariableIndex variables, Spot spot) {
        Optional<String> markdown;
        if (spot instanceof Spot.DirectiveLine d) {
            markdown = DockerfileReference.directive(d.directive().name()).map(DockerfileReference.DirectiveDoc::markdown);
        } else if (spot instanceof Spot.Keyword k) {
            markdown = DockerfileReference.instruction(k.instruction().name()).map(DockerfileReference.InstructionDoc::markdown);
        } else if (spot instanceof Spot.FlagName f) {
            markdown = DockerfileReference.instruction(f.instruction().name())
                    .flatMap(doc -> doc.flag(f.flag().name()).map(flag -> flag.markdown(doc.name())));
        } else if (spot instanceof Spot.MountField m) {
            markdown = mountField(m);
        } else if (spot instanceof Spot.VariableUse u) {
            markdown = Optional.of(VariableHover.use(dockerfile, variables, u.use()));
        } else if (spot instanceof Spot.VariableDeclaration d) {
            markdown = Optional.of(VariableHover.declaration(dockerfile, variables, d.declaration()));
        } else if (spot instanceof Spot.StageName s) {
            markdown = Optional.of(StageHover.stage(dockerfile, s.stage(), true));
        } else if (spot instanceof Spot.StageReference r) {
            markdown = Optional.of(StageHover.stage(dockerfile, r.reference().target(), false));
        } else {
            Spot.Image i = (Spot.Image) spot;
            markdown = Optional.of(ImageHover.image(i.written(), i.image()));
        }
        return markdown.map(text -> new HoverText(text, spot.range()));
    }

    private static Optional<String> mountField(Spot.MountField field) {
        Optional<String> key = DockerfileReference.mountKey(field.key()).map(DockerfileReference.MountKeyDoc::markdown);
        if (field.key().equals("type")) {
            Optional<String> type = DockerfileReference.mountType(field.value())
                    .map(t -> "**`type=" + t.name() + "`** — " + t.summary());
            return type.isPresent() ? type : key;
        }
        return key;
    }
}
