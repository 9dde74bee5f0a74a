package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.InstructionEdits;
import dev.plumbline.rules.dockerfile.support.VariableRefs;
import dev.plumbline.syntax.dockerfile.ArgInstruction;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Flag;
import dev.plumbline.syntax.dockerfile.ImageRef;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.KeyValueInstruction;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code $VAR} the builder expands (outside RUN, CMD and ENTRYPOINT, which the shell expands) that
 * nothing declares in scope. The base image's ENV cannot be known offline, so it is reported only when
 * the stage chain starts from {@code scratch} (nothing else can define it) or when a declared name is
 * so close that a typo is likely.
 */
public final class UndefinedVarRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/undefined-var", "Variable is not defined",
            Severity.WARNING, Language.DOCKERFILE, PeerId.of(PeerId.BUILDKIT, "UndefinedVar"));

    /** Instructions whose words the builder expands (FROM has its own rule). */
    private static final Set<String> EXPANDED = Set.of("ADD", "COPY", "ENV", "EXPOSE", "LABEL", "STOPSIGNAL", "USER",
            "VOLUME", "WORKDIR", "ARG");
    /** Always available: proxy and platform ARGs, BuildKit's own, and the builder's default PATH. */
    private static final Set<String> PREDEFINED = Set.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
            "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "TARGETPLATFORM", "TARGETOS",
            "TARGETARCH", "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "TARGETSTAGE",
            "SOURCE_DATE_EPOCH", "PATH");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        Dockerfile dockerfile = context.model();
        Set<String> globals = new LinkedHashSet<>();
        dockerfile.globalArgs().forEach(a -> a.declarations().forEach(d -> globals.add(d.name().value())));
        for (Stage stage : dockerfile.stages()) {
            context.checkCanceled();
            List<Stage> chain = dockerfile.stageChain(stage);
            boolean fromScratch = dockerfile.baseImage(chain.get(0).from()).kind() == ImageRef.Kind.SCRATCH;
            Set<String> declared = new LinkedHashSet<>(PREDEFINED);
            for (Stage ancestor : chain.subList(0, chain.size() - 1)) {
                for (Instruction instruction : ancestor.instructions()) {
                    if (instruction instanceof KeyValueInstruction env && env.isEnv()) {
                        env.pairs().forEach(p -> declared.add(p.key().value()));
                    }
                }
            }
            for (Instruction instruction : stage.instructions()) {
                if (EXPANDED.contains(instruction.name())) {
                    check(context, stage, instruction, declared, globals, fromScratch);
                }
                declare(instruction, declared);
            }
        }
    }

    private static void check(RuleContext<Dockerfile> context, Stage stage, Instruction instruction,
            Set<String> declared, Set<String> globals, boolean fromScratch) {
        Set<String> scope = new LinkedHashSet<>(declared);
        for (Word word : expandedWords(instruction, scope)) {
            for (VariableRefs.Ref ref : VariableRefs.in(word, context.document(), context.model().escapeChar())) {
                if (ref.hasOperator() || scope.contains(ref.name())) {
                    continue;
                }
                if (globals.contains(ref.name())) {
                    context.report(ref.range(), "\"" + ref.name() + "\" is a global ARG, which a stage only sees after"
                            + " it declares it again with \"ARG " + ref.name() + "\"")
                            .fix("Declare ARG " + ref.name() + " in this stage", InstructionEdits.insertLineBelow(
                                    context.document(), stage.from(), "ARG " + ref.name()));
                    continue;
                }
                Optional<String> suggestion = suggest(ref.name(), scope);
                if (suggestion.isPresent()) {
                    RuleContext<Dockerfile>.Report report = context.report(ref.range(), "Variable \"" + ref.name()
                            + "\" is not defined here (did you mean \"" + suggestion.get() + "\"?)");
                    if (ref.exact()) {
                        report.fix("Replace with " + suggestion.get(), new TextEdit(ref.range(), suggestion.get()));
                    }
                } else if (fromScratch) {
                    context.report(ref.range(), "Variable \"" + ref.name() + "\" is not defined in this stage, which"
                            + " starts from scratch, so it expands to an empty string");
                }
            }
        }
    }

    /** The words the builder expands; names an ENV or ARG sets earlier in the same instruction join the scope. */
    private static List<Word> expandedWords(Instruction instruction, Set<String> scope) {
        List<Word> words = new ArrayList<>();
        for (Flag flag : instruction.flags()) {
            flag.valueWord().ifPresent(words::add);
        }
        if (instruction instanceof KeyValueInstruction kv) {
            for (KeyValueInstruction.Pair pair : kv.pairs()) {
                words.add(pair.value());
            }
            // an earlier pair of the same ENV is env-self-reference's finding, not an undefined variable
            if (kv.isEnv()) {
                kv.pairs().forEach(p -> scope.add(p.key().value()));
            }
            return words;
        }
        if (instruction instanceof ArgInstruction arg) {
            for (ArgInstruction.Declaration d : arg.declarations()) {
                d.defaultValue().ifPresent(words::add);
            }
            arg.declarations().forEach(d -> scope.add(d.name().value()));
            return words;
        }
        for (Word word : instruction.arguments()) {
            if (!word.value().startsWith("<<")) {
                words.add(word);
            }
        }
        return words;
    }

    private static void declare(Instruction instruction, Set<String> declared) {
        if (instruction instanceof KeyValueInstruction env && env.isEnv()) {
            env.pairs().forEach(p -> declared.add(p.key().value()));
        } else if (instruction instanceof ArgInstruction arg) {
            arg.declarations().forEach(d -> declared.add(d.name().value()));
        }
    }

    /** The declared name a typo most likely meant: same letters in another case, or a small edit away. */
    static Optional<String> suggest(String name, Set<String> scope) {
        String lower = name.toLowerCase(Locale.ROOT);
        int allowed = name.length() <= 3 ? 0 : name.length() <= 7 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : scope) {
            if (PREDEFINED.contains(candidate)) {
                continue; // always there: a near miss of PATH is more likely a base-image variable
            }
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT), allowed);
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance, cut short once it exceeds {@code limit}. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
