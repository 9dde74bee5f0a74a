package dev.plumbline.rules.k8s.support;

import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Suppression;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suppressions written as annotations on a resource; each covers the resource's {@link K8sResource#scope()}
 * (its whole document, or the lines of a List item):
 * <ul>
 *   <li>{@code plumbline.dev/ignore: "<id>,<id>"}: our ids, bare slugs or peer ids;</li>
 *   <li>{@code ignore-check.kube-linter.io/<check>: "<reason>"}: findings stamped with that kube-linter check;</li>
 *   <li>{@code kube-linter.io/ignore-all}: every kube-linter-aliased finding;</li>
 *   <li>{@code kube-score/ignore: "<check>,<check>"}: findings stamped with those kube-score checks;</li>
 *   <li>{@code polaris.fairwinds.com/exempt: "true"}: every Polaris-aliased finding, and
 *       {@code polaris.fairwinds.com/<check>-exempt: "true"}: that Polaris check's findings.</li>
 * </ul>
 */
public final class AnnotationSuppressions {

    public static final String PLUMBLINE_IGNORE = "plumbline.dev/ignore";
    public static final String KUBE_LINTER_CHECK_PREFIX = "ignore-check.kube-linter.io/";
    public static final String KUBE_LINTER_IGNORE_ALL = "kube-linter.io/ignore-all";
    public static final String KUBE_SCORE_IGNORE = "kube-score/ignore";
    public static final String POLARIS_EXEMPT = "polaris.fairwinds.com/exempt";
    private static final String POLARIS_PREFIX = "polaris.fairwinds.com/";
    private static final String POLARIS_CHECK_SUFFIX = "-exempt";

    private AnnotationSuppressions() {
    }

    public static List<Suppression> of(KubernetesFile file) {
        List<Suppression> out = new ArrayList<>();
        for (K8sResource resource : file.resources()) {
            Range scope = resource.scope();
            for (Map.Entry<String, String> annotation : resource.annotations().entrySet()) {
                String key = annotation.getKey();
                String value = annotation.getValue();
                if (key.equals(PLUMBLINE_IGNORE)) {
                    Set<String> ids = ids(value);
                    if (!ids.isEmpty()) {
                        out.add(Suppression.plumbline(scope, ids));
                    }
                } else if (key.startsWith(KUBE_LINTER_CHECK_PREFIX) && key.length() > KUBE_LINTER_CHECK_PREFIX.length()) {
                    out.add(new Suppression(scope, PeerId.KUBE_LINTER,
                            Set.of(key.substring(KUBE_LINTER_CHECK_PREFIX.length())), false));
                } else if (key.equals(KUBE_LINTER_IGNORE_ALL)) {
                    out.add(new Suppression(scope, PeerId.KUBE_LINTER, Set.of(), true));
                } else if (key.equals(KUBE_SCORE_IGNORE)) {
                    Set<String> ids = ids(value);
                    if (!ids.isEmpty()) {
                        out.add(new Suppression(scope, PeerId.KUBE_SCORE, ids, false));
                    }
                } else if (key.equals(POLARIS_EXEMPT) && isTrue(value)) {
                    out.add(new Suppression(scope, PeerId.POLARIS, Set.of(), true));
                } else if (key.startsWith(POLARIS_PREFIX) && key.endsWith(POLARIS_CHECK_SUFFIX) && isTrue(value)
                        && key.length() > POLARIS_PREFIX.length() + POLARIS_CHECK_SUFFIX.length()) {
                    String check = key.substring(POLARIS_PREFIX.length(), key.length() - POLARIS_CHECK_SUFFIX.length());
                    out.add(new Suppression(scope, PeerId.POLARIS, Set.of(check), false));
                }
            }
        }
        return out;
    }

    /** {@code "a, b,c"}: comma-separated ids; text after an id and a space is a reason. */
    private static Set<String> ids(String value) {
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(value.split(","))
                .map(String::strip)
                .map(part -> part.split("\\s+", 2)[0])
                .filter(id -> !id.isEmpty())
                .forEach(ids::add);
        return ids;
    }

    private static boolean isTrue(String value) {
        return value.strip().equalsIgnoreCase("true");
    }
}
