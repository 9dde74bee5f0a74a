package dev.plumbline.rules.dockerfile.features;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.FromInstruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.dockerfile.StageGraph;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Go to definition and find references for stages and build variables. */
final class Navigation {

    private Navigation() {
    }

    /** Where the stage or variable at {@code spot} is defined; empty for anything else. */
    static List<Range> definitions(Dockerfile dockerfile, VariableIndex variables, Spot spot) {
        Optional<Stage> stage = Locator.stageAt(spot);
        if (stage.isPresent()) {
            return List.of(nameOf(stage.get()));
        }
        return declaration(spot)
                .map(d -> sorted(variables.definitions(d).stream().map(x -> x.name().range()).toList()))
                .orElse(List.of());
    }

    /** Every use of the stage or variable at {@code spot}, with its definitions when {@code includeDeclaration}. */
    static List<Range> references(Dockerfile dockerfile, VariableIndex variables, Spot spot, boolean includeDeclaration) {
        Optional<Stage> stage = Locator.stageAt(spot);
        List<Range> out = new ArrayList<>();
        if (stage.isPresent()) {
            int index = stage.get().index();
            if (includeDeclaration) {
                out.add(nameOf(stage.get())); // for a stage used by index: its FROM's image
            }
            for (StageGraph.StageReference reference : dockerfile.stageGraph().references()) {
                if (reference.target().index() == index) {
                    out.add(reference.range());
                }
            }
            return sorted(out);
        }
        if (spot instanceof Spot.VariableUse use && use.use().declaration() == null) {
            // an undeclared name: its uses that are not declared either, so a typo can be found everywhere
            for (VariableIndex.Use other : variables.uses()) {
                if (other.declaration() == null && other.name().equals(use.use().name())) {
                    out.add(other.range());
                }
            }
            return sorted(out);
        }
        Optional<VariableIndex.Declaration> declaration = declaration(spot);
        if (declaration.isEmpty()) {
            return List.of();
        }
        List<VariableIndex.Declaration> family = variables.family(declaration.get());
        if (includeDeclaration) {
            family.forEach(d -> out.add(d.name().range()));
        }
        variables.usesOf(family).forEach(u -> out.add(u.range()));
        return sorted(out);
    }

    private static Optional<VariableIndex.Declaration> declaration(Spot spot) {
        if (spot instanceof Spot.VariableUse use) {
            return Optional.ofNullable(use.use().declaration());
        }
        if (spot instanceof Spot.VariableDeclaration declared) {
            return Optional.of(declared.declaration());
        }
        return Optional.empty();
    }

    /** The stage's name after {@code AS}; for an unnamed stage (referred to by index), its image or keyword. */
    static Range nameOf(Stage stage) {
        FromInstruction from = stage.from();
        return from.stageName().or(from::image).orElse(from.keyword()).range();
    }

    private static List<Range> sorted(List<Range> ranges) {
        List<Range> out = new ArrayList<>(new LinkedHashSet<>(ranges));
        out.sort(Comparator.comparing(Range::start));
        return out;
    }
}
