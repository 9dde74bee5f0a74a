package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Tells Dockerfile templates (Jinja, Go templates, ERB, EEx, …) and generated text apart from
 * Dockerfiles: a template is not built as written, so the syntax rules stay quiet on it, as the
 * Kubernetes rules do on Helm templates.
 */
public final class Templates {

    private static final List<String> EXTENSIONS = List.of(".tt", ".eex", ".erb", ".j2", ".jinja", ".jinja2", ".tmpl",
            ".tpl", ".template", ".mustache", ".hbs", ".njk", ".gotmpl");
    private static final List<String> MARKERS = List.of("{{", "{%", "<%");
    /** Instructions whose arguments are a shell script, where braces are ordinary text. */
    private static final Set<String> SCRIPTS = Set.of("RUN", "CMD", "ENTRYPOINT", "HEALTHCHECK", "SHELL", "ONBUILD");

    /** Memoized per parsed model (identity keys; a new edit is a new model). */
    private static final Map<Dockerfile, Boolean> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private Templates() {
    }

    /** True for a template or generated file that Docker would not be given as it is. */
    public static boolean isTemplate(Dockerfile dockerfile) {
        // a fact about the whole file, also when a rule checks a view of some stages
        return CACHE.computeIfAbsent(dockerfile.whole(), Templates::detect);
    }

    private static boolean detect(Dockerfile dockerfile) {
        String uri = dockerfile.document().uri().toLowerCase(Locale.ROOT);
        if (EXTENSIONS.stream().anyMatch(uri::endsWith)) {
            return true;
        }
        String text = dockerfile.document().text();
        if (text.indexOf('\u001B') >= 0) {
            return true; // terminal colour codes: highlighted output, not a Dockerfile
        }
        if (MARKERS.stream().noneMatch(text::contains)) {
            return false; // most files: one pass over the text instead of one per instruction
        }
        for (Instruction instruction : dockerfile.instructions()) {
            String keyword = instruction.keyword().text();
            if (MARKERS.stream().anyMatch(keyword::startsWith)) {
                return true;
            }
            if (!SCRIPTS.contains(instruction.name())) {
                String args = instruction.argumentText().text();
                if (MARKERS.stream().anyMatch(args::contains)) {
                    return true;
                }
            }
        }
        return false;
    }
}
