package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Fix;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.ImageUsers;
import dev.plumbline.rules.gha.support.ImageBuilds;
import dev.plumbline.rules.k8s.support.ComposeBuilds;
import dev.plumbline.rules.k8s.support.HardenedSecurityContext;
import dev.plumbline.rules.k8s.support.ImageValue;
import dev.plumbline.rules.k8s.support.NewEntry;
import dev.plumbline.rules.k8s.support.SpecEdits;
import dev.plumbline.syntax.k8s.Container;
import dev.plumbline.syntax.k8s.KubeYaml;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.image.ImageReference;
import dev.plumbline.syntax.k8s.PodSpec;
import dev.plumbline.workspace.WorkspaceIndex;
import dev.plumbline.workspace.WorkspaceView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A container that must run as non-root ({@code runAsNonRoot: true}, its own or its pod's) without a
 * {@code runAsUser}, whose image this workspace builds (a workflow's {@code docker/build-push-action}
 * or {@code docker build -t}, a Compose service's {@code image} + {@code build}) from a Dockerfile whose built stage runs as a user name, as root, or
 * sets no USER on a Docker official image (root by default) or on another image built here that does
 * one of these. The kubelet can only check a numeric user, so it refuses to start the container
 * ({@code CreateContainerConfigError}). Images the workspace does not build, builds that disagree,
 * and users the Dockerfiles do not make clear (variables, Windows, third-party base images) are left
 * alone. Windows pods are exempt.
 */
public final class NonRootUnverifiableRule implements Rule<KubernetesFile> {

    static final RuleMeta META = RuleMeta.of("k8s/non-root-unverifiable",
            "Non-root container whose image user the kubelet cannot verify", Severity.WARNING, Language.KUBERNETES);

    static final String FIX_TITLE = fixTitle(HardenedSecurityContext.USER);

    static String fixTitle(String uid) {
        return "Set runAsUser: " + uid;
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<KubernetesFile> context) {
        Optional<WorkspaceIndex> index = context.workspace().flatMap(WorkspaceView::ready);
        if (index.isEmpty()) {
            return;
        }
        Map<String, List<ImageBuilds.Build>> builds = null;
        for (PodSpec pod : context.model().podSpecs()) {
            if (pod.isWindows()) {
                continue;
            }
            for (Container container : pod.containers()) {
                boolean nonRoot = container.effectiveSecurity("runAsNonRoot").map(s -> KubeYaml.isTrue(s.value())).orElse(false);
                if (!nonRoot || container.effectiveSecurity("runAsUser").isPresent()) {
                    continue;
                }
                Optional<ImageValue> image = container.get("image").flatMap(ImageValue::of);
                if (image.isEmpty()) {
                    continue;
                }
                if (builds == null) {
                    builds = byImage(index.get()); // once per run, and only when some container needs it
                }
                List<ImageBuilds.Build> linked = builds.getOrDefault(image.get().reference().canonicalName(), List.of());
                verdict(index.get(), builds, linked, 0).ifPresent(found -> report(context, container, image.get(), found));
            }
        }
    }

    /** Images built on images built here are followed this deep (and no deeper, whatever cycles the builds make). */
    private static final int MAX_DEPTH = 4;

    /**
     * What the builds of the image say, when each says the kubelet cannot verify its user.
     *
     * @param build the (first) build of the image
     * @param user what its built stage runs as
     * @param via for a stage without USER on another image built here: how that image's user is known
     */
    private record Evidence(ImageBuilds.Build build, ImageUsers.StageUser user, String via) {
    }

    private static Optional<Evidence> verdict(WorkspaceIndex index, Map<String, List<ImageBuilds.Build>> builds,
            List<ImageBuilds.Build> linked, int depth) {
        Evidence first = null;
        for (ImageBuilds.Build build : linked) {
            Optional<ImageUsers.StageUser> user = index.facts(build.dockerfile(), ImageUsers.class)
                    .flatMap(users -> users.built(build.target()));
            if (user.isEmpty()) {
                return Optional.empty();
            }
            Evidence found;
            switch (user.get().kind()) {
                case NAMED, ROOT, UNSET -> found = new Evidence(build, user.get(), "");
                case INHERITED -> {
                    // no USER on an image this workspace builds too: that image's user is the answer
                    Optional<Evidence> base = depth >= MAX_DEPTH ? Optional.empty()
                            : ImageReference.parse(user.get().base()).map(ImageReference::canonicalName)
                                    .map(name -> builds.getOrDefault(name, List.of()))
                                    .flatMap(more -> verdict(index, builds, more, depth + 1));
                    if (base.isEmpty()) {
                        return Optional.empty();
                    }
                    found = new Evidence(build, base.get().user(), " on \"" + user.get().base() + "\" ("
                            + source(base.get().build()) + base.get().via() + ")");
                }
                default -> {
                    return Optional.empty(); // one build that may run fine, or one we cannot read: say nothing
                }
            }
            if (first == null) {
                first = found;
            }
        }
        return Optional.ofNullable(first);
    }

    private static String source(ImageBuilds.Build build) {
        return "built from \"" + build.dockerfile() + "\""
                + (build.target().isEmpty() ? "" : " (target \"" + build.target() + "\")");
    }

    private static Map<String, List<ImageBuilds.Build>> byImage(WorkspaceIndex index) {
        Map<String, List<ImageBuilds.Build>> out = new HashMap<>();
        List<ImageBuilds.Build> all = new ArrayList<>();
        index.all(ImageBuilds.class).values().forEach(facts -> all.addAll(facts.builds()));
        index.all(ComposeBuilds.class).values().forEach(facts -> all.addAll(facts.builds()));
        for (ImageBuilds.Build build : all) {
            out.computeIfAbsent(build.image(), k -> new ArrayList<>()).add(build);
        }
        return out;
    }

    private static void report(RuleContext<KubernetesFile> context, Container container, ImageValue image, Evidence found) {
        ImageUsers.StageUser user = found.user();
        String source = source(found.build()) + found.via();
        String why = switch (user.kind()) {
            case NAMED -> "runs as user \"" + user.user() + "\", a name the kubelet cannot check is not root";
            case ROOT -> user.user().isEmpty() ? "runs as root (FROM " + user.base() + " without USER)"
                    : "runs as root (USER " + user.user() + ")";
            default -> "sets no USER, so it runs as root like its base image \"" + user.base() + "\"";
        };
        RuleContext<KubernetesFile>.Report report = context.report(container.ownerRange(), container.describe()
                + " must run as non-root but sets no runAsUser, and its image \"" + image.reference().text() + "\" ("
                + source + ") " + why + ": the kubelet will refuse to start it; set a numeric runAsUser");
        // the UID the Dockerfile gives its user keeps the files it owns readable; else the usual non-root UID
        String uid = user.uid().isEmpty() ? HardenedSecurityContext.USER : user.uid();
        SpecEdits.securityContext(container, List.of(NewEntry.scalar("runAsUser", uid)), context.document())
                .ifPresent(edits -> report.fix(new Fix(fixTitle(uid), edits)));
    }
}
