package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.Locale;
import java.util.Optional;

/** Recognizes steps that use a given action, whatever the ref, and reads their inputs. */
public final class KnownActions {

    private KnownActions() {
    }

    /** {@code owner/repo[/path]} of a remote action, lower case; empty for local, Docker and malformed uses. */
    public static Optional<String> name(Step step) {
        return step.uses().filter(UsesRef::isRemote).map(u -> u.name().toLowerCase(Locale.ROOT));
    }

    public static boolean uses(Step step, String action) {
        return name(step).map(action::equals).orElse(false);
    }

    /** The scalar of input {@code name} under {@code with:}. */
    public static Optional<YamlScalar> input(Step step, String name) {
        return step.with().flatMap(w -> w.get(name)).flatMap(YamlNode::asScalar).filter(s -> !s.isNull());
    }

    /** The input's value, trimmed and lower case. */
    public static Optional<String> inputText(Step step, String name) {
        return input(step, name).map(s -> s.value().trim().toLowerCase(Locale.ROOT));
    }

    /** The major version of a {@code vN…} ref ({@code @v4.2.1} gives 4); empty for SHAs and branches. */
    public static Optional<Integer> majorVersion(Step step) {
        return step.uses().flatMap(UsesRef::ref).flatMap(ref -> {
            java.util.regex.Matcher m = MAJOR.matcher(ref);
            return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        });
    }

    private static final java.util.regex.Pattern MAJOR = java.util.regex.Pattern.compile("[vV]?(\\d{1,4})(\\..*)?");
}
