package dev.plumbline.rules.dockerfile.features;

import dev.plumbline.features.HoverText;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.FromInstruction;
import dev.plumbline.syntax.dockerfile.ImageRef;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.dockerfile.StageGraph;
import dev.plumbline.syntax.dockerfile.Variables;
import dev.plumbline.syntax.shell.Word;
import java.util.ArrayList;
import java.util.List;
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
            markdown = Optional.of(use(dockerfile, variables, u.use()));
        } else if (spot instanceof Spot.VariableDeclaration d) {
            markdown = Optional.of(declaration(dockerfile, variables, d.declaration()));
        } else if (spot instanceof Spot.StageName s) {
            markdown = Optional.of(stage(dockerfile, s.stage(), true));
        } else if (spot instanceof Spot.StageReference r) {
            markdown = Optional.of(stage(dockerfile, r.reference().target(), false));
        } else {
            Spot.Image i = (Spot.Image) spot;
            markdown = Optional.of(image(i.written(), i.image()));
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

    // ---- variables ----------------------------------------------------------------------------------

    private static String use(Dockerfile dockerfile, VariableIndex variables, VariableIndex.Use use) {
        String name = use.name();
        StringBuilder out = new StringBuilder("**`$").append(name).append("`**");
        Optional<String> value = scope(dockerfile, use.instruction()).value(name);
        VariableIndex.Declaration declaration = use.declaration();
        if (declaration == null) {
            String automatic = DockerfileReference.AUTOMATIC_ARGS.get(name);
            boolean inFrom = use.instruction() instanceof FromInstruction || use.instruction().stageIndex() < 0;
            if (automatic != null && inFrom) {
                return out.append(" — set by BuildKit: ").append(automatic).append('.').toString();
            }
            if (automatic != null) {
                return out.append(" — set by BuildKit (").append(automatic).append("), but not visible in this stage:"
                        + " declare `ARG ").append(name).append("` in the stage first.").toString();
            }
            if (runsInShell(use.instruction())) {
                return out.append(" — no ARG or ENV declares it before this point; the shell expands it when the"
                        + " command runs (to the empty string unless the base image's environment sets it).").toString();
            }
            return out.append(" — no ARG or ENV declares it before this point: the builder expands it to the empty"
                    + " string.").toString();
        }
        out.append(value.map(v -> " = `" + v + "`").orElse(" — no value known here"));
        out.append("\n\n").append(origin(dockerfile, variables, declaration));
        if (value.isEmpty() && !declaration.env()) {
            out.append("\n\nIt has no default value: it is empty unless `docker build --build-arg ").append(name)
                    .append("=…` sets it.");
        }
        return out.toString();
    }

    private static String declaration(Dockerfile dockerfile, VariableIndex variables, VariableIndex.Declaration declaration) {
        String name = declaration.name().value();
        StringBuilder out = new StringBuilder("**`").append(name).append("`** — ");
        Optional<String> value = valueOf(dockerfile, declaration);
        out.append(declaration.env() ? "environment variable" : declaration.global() ? "global build argument" : "build argument");
        value.ifPresent(v -> out.append(" = `").append(v).append('`'));
        out.append("\n\n").append(origin(dockerfile, variables, declaration));
        int uses = variables.usesOf(variables.family(declaration)).size();
        out.append("\n\n").append(uses == 0 ? "Not used." : uses == 1 ? "Used once." : "Used " + uses + " times.");
        return out.toString();
    }

    /** Where a declaration is, what kind, and what overrides it. */
    private static String origin(Dockerfile dockerfile, VariableIndex variables, VariableIndex.Declaration declaration) {
        String name = declaration.name().value();
        int line = declaration.instruction().startLine() + 1;
        String written = declaration.value().map(v -> declaration.keyword() + " " + name + "=" + v.text())
                .orElse(declaration.keyword() + " " + name);
        StringBuilder out = new StringBuilder("Declared by `").append(written).append("` on line ").append(line);
        if (declaration.global()) {
            out.append(", before the first `FROM`: usable in `FROM` lines, and in a stage that declares `ARG ")
                    .append(name).append("` again.");
        } else {
            out.append(" in stage ").append(stageLabel(dockerfile.stages().get(declaration.stageIndex()))).append('.');
        }
        Optional<VariableIndex.Declaration> global = variables.broughtIn(declaration);
        global.ifPresent(g -> out.append(" It brings in the global `ARG ").append(name).append("` of line ")
                .append(g.instruction().startLine() + 1)
                .append(g.value().map(v -> " (default `" + v.text() + "`)").orElse("")).append('.'));
        if (!declaration.env()) {
            out.append(" `docker build --build-arg ").append(name).append("=…` overrides it.");
        } else {
            out.append(" Containers started from the image see it too.");
        }
        return out.toString();
    }

    private static Optional<String> valueOf(Dockerfile dockerfile, VariableIndex.Declaration declaration) {
        if (declaration.value().isEmpty()) {
            return declaration.global() ? Optional.empty()
                    : dockerfile.globalVariables().value(declaration.name().value());
        }
        Variables scope = scope(dockerfile, declaration.instruction());
        return scope.expand(declaration.value().get().text());
    }

    /** The variables {@code instruction} sees: the global ARGs in FROM lines, else its stage's scope (inherited ENV included). */
    private static Variables scope(Dockerfile dockerfile, Instruction instruction) {
        if (instruction instanceof FromInstruction || instruction.stageIndex() < 0) {
            return dockerfile.globalVariables();
        }
        return dockerfile.stageGraph().variablesAt(instruction);
    }

    private static boolean runsInShell(Instruction instruction) {
        return instruction.is("RUN") || instruction.is("CMD") || instruction.is("ENTRYPOINT") || instruction.is("HEALTHCHECK");
    }

    // ---- stages -------------------------------------------------------------------------------------

    private static String stage(Dockerfile dockerfile, Stage stage, boolean listUses) {
        StageGraph graph = dockerfile.stageGraph();
        StringBuilder out = new StringBuilder("**Stage ").append(stageLabel(stage)).append("** — stage ")
                .append(stage.index()).append(" of ").append(dockerfile.stages().size());
        if (graph.finalStage().map(s -> s.index() == stage.index()).orElse(false)) {
            out.append(", the final stage (what `docker build` produces without `--target`)");
        }
        out.append("\n\n`").append(stage.from().line().text().strip()).append("` on line ").append(stage.from().startLine() + 1);
        ImageRef root = graph.rootImage(stage);
        List<Stage> chain = graph.chain(stage);
        if (chain.size() > 1) {
            out.append("\n\nBuilt on ").append(String.join(" → ", chain.subList(0, chain.size() - 1).stream()
                    .map(Hovers::stageLabel).toList())).append(", ultimately on ").append(describe(root)).append('.');
        } else {
            out.append("\n\nBuilt on ").append(describe(root)).append('.');
        }
        if (listUses) {
            List<String> uses = new ArrayList<>();
            for (StageGraph.StageReference reference : graph.references()) {
                if (reference.target().index() == stage.index()) {
                    uses.add(switch (reference.kind()) {
                        case FROM -> "`FROM`";
                        case COPY_FROM -> "`" + reference.at().name() + " --from`";
                        case MOUNT_FROM -> "`RUN --mount from=`";
                    } + " on line " + (reference.range().start().line() + 1));
                }
            }
            out.append("\n\n").append(uses.isEmpty() ? "No other stage uses it." : "Used by " + String.join(", ", uses) + ".");
        }
        return out.toString();
    }

    static String stageLabel(Stage stage) {
        return stage.from().stageName().map(w -> "`" + w.value() + "`").orElse("#" + stage.index());
    }

    private static String describe(ImageRef image) {
        return switch (image.kind()) {
            case IMAGE -> "the image `" + image.text() + "`";
            case SCRATCH -> "`scratch` (nothing)";
            case STAGE -> "stage `" + image.text() + "`";
            case UNKNOWN -> image.text().isEmpty() ? "an image not given" : "`" + image.text() + "` (not known before the build)";
        };
    }

    // ---- images -------------------------------------------------------------------------------------

    static String image(String written, ImageRef image) {
        return switch (image.kind()) {
            case SCRATCH -> "**`scratch`** — the empty image: the stage starts with no files at all.";
            case STAGE -> "**Stage `" + image.text() + "`**";
            case UNKNOWN -> "**Image `" + written + "`** — "
                    + (written.indexOf('$') >= 0
                            ? "depends on a build argument without a default value, so it is only known when the build runs."
                            : "not a valid image reference.");
            case IMAGE -> imageParts(written, image);
        };
    }

    private static String imageParts(String written, ImageRef image) {
        StringBuilder out = new StringBuilder("**Image `").append(image.text()).append("`**");
        if (!written.equals(image.text())) {
            out.append(" (written `").append(written).append("`)");
        }
        boolean hub = image.registryName().isEmpty() || image.registryName().get().equals("docker.io");
        String repository = hub && image.repository().indexOf('/') < 0 ? "library/" + image.repository() : image.repository();
        out.append("\n\n| part | value |\n| --- | --- |\n");
        out.append("| registry | ").append(image.registryName().map(r -> "`" + r + "`").orElse("`docker.io` (Docker Hub, the default)"))
                .append(" |\n");
        out.append("| repository | `").append(repository).append("`").append(hub && !repository.equals(image.repository())
                ? " (an official image)" : "").append(" |\n");
        out.append("| tag | ").append(image.tagName().map(t -> "`" + t + "`")
                .orElse(image.hasDigest() ? "none" : "none: `latest` is pulled")).append(" |\n");
        out.append("| digest | ").append(image.digestValue().map(d -> "`" + d + "`")
                .orElse("none: the tag may point to another image tomorrow")).append(" |");
        if (image.hasDigest()) {
            out.append("\n\nPinned by digest: every build gets exactly this image.");
        }
        return out.toString();
    }

    /** The word's text as written, for messages. */
    static String written(Word word) {
        return word.text();
    }
}
