package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.ImageRef;
import dev.plumbline.syntax.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * For {@code FROM base-${TARGETARCH}}, whose value is only known at build time: the earlier stages
 * its pattern may name ({@code base-amd64}, {@code base-arm64}). Rules that would report something
 * missing from the stage chain check these too, so multi-platform Dockerfiles stay quiet.
 */
public final class PossibleParents {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*}|\\$[A-Za-z_][A-Za-z0-9_]*");

    private PossibleParents() {
    }

    /** The stages the root of {@code stage}'s chain may be built on; empty when its base is known or an image. */
    public static List<Stage> of(Dockerfile dockerfile, Stage stage) {
        // several rules ask per stage: answer each stage once per parsed file
        Map<Integer, List<Stage>> known = dockerfile.derived(PossibleParents.class, d -> new ConcurrentHashMap<>());
        List<Stage> parents = known.get(stage.index());
        if (parents == null) {
            parents = find(dockerfile, stage);
            known.put(stage.index(), parents);
        }
        return parents;
    }

    private static List<Stage> find(Dockerfile dockerfile, Stage stage) {
        Stage root = dockerfile.stageChain(stage).get(0);
        String written = root.from().image().map(w -> w.value()).orElse("");
        if (written.indexOf('$') < 0 || dockerfile.baseImage(root.from()).kind() != ImageRef.Kind.UNKNOWN) {
            return List.of();
        }
        StringBuilder regex = new StringBuilder();
        int last = 0;
        var matcher = VARIABLE.matcher(written);
        while (matcher.find()) {
            regex.append(Pattern.quote(written.substring(last, matcher.start()))).append(".*");
            last = matcher.end();
        }
        regex.append(Pattern.quote(written.substring(last)));
        Pattern pattern = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
        List<Stage> out = new ArrayList<>();
        for (Stage candidate : dockerfile.stages()) {
            if (candidate.index() < root.index()
                    && candidate.name().map(n -> pattern.matcher(n.toLowerCase(Locale.ROOT)).matches()).orElse(false)) {
                out.addAll(dockerfile.stageChain(candidate));
            }
        }
        return List.copyOf(out);
    }
}
