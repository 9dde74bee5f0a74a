package dev.plumbline.rules.dockerfile.features;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.FromInstruction;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.OnbuildInstruction;
import dev.plumbline.syntax.dockerfile.Variables;
import java.util.Optional;

/** Hover text for a build variable: its value where it is used, where it is declared, what overrides it. */
final class VariableHover {

    private VariableHover() {
    }

    static String use(Dockerfile dockerfile, VariableIndex variables, VariableIndex.Use use) {
        String name = use.name();
        StringBuilder out = new StringBuilder("**`$").append(name).append("`**");
        if (use.downstream()) {
            return downstream(dockerfile, variables, use, out);
        }
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

    /** A use in an ONBUILD trigger: the build that runs the trigger decides; this image's ENV is the default. */
    private static String downstream(Dockerfile dockerfile, VariableIndex variables, VariableIndex.Use use,
            StringBuilder out) {
        VariableIndex.Declaration declaration = use.declaration();
        out.append(" — in an `ONBUILD` trigger: expanded when another build uses this image as its base.");
        if (declaration == null) {
            return out.append(" No `ENV` of this image sets it, so that build's own `ARG` or `ENV`")
                    .append(runsInShell(((OnbuildInstruction) use.instruction()).trigger().orElseThrow())
                            ? " (or the shell's environment)" : "")
                    .append(" decides its value.").toString();
        }
        Optional<String> value = valueOf(dockerfile, declaration);
        out.append(" This image's `ENV ").append(use.name()).append("` gives it")
                .append(value.map(v -> " the value `" + v + "`").orElse(" its value"))
                .append(" there, unless that build declares it again.");
        return out.append("\n\n").append(origin(dockerfile, variables, declaration)).toString();
    }

    static String declaration(Dockerfile dockerfile, VariableIndex variables, VariableIndex.Declaration declaration) {
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
            out.append(" in stage ").append(StageHover.stageLabel(dockerfile.stages().get(declaration.stageIndex()))).append('.');
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
}
