package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.LanguageDetector;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.DockerfileParser;
import dev.plumbline.syntax.dockerfile.ImageRef;
import dev.plumbline.syntax.dockerfile.Stage;
import dev.plumbline.syntax.dockerfile.StageGraph;
import dev.plumbline.syntax.image.ImageReference;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.FactsExtractor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whom the image of each stage of a Dockerfile runs as, for rules in other files that need to know
 * (a Kubernetes container that must run as non-root): the USER in effect at the end of the stage's
 * chain, classified the way the kubelet sees it.
 *
 * @param stages one entry per stage, in order (the last one is what a plain {@code docker build} gives)
 */
public record ImageUsers(List<StageUser> stages) {

    /** What the image's user is, as far as the Dockerfile tells. */
    public enum Kind {
        /** A numeric UID above 0 (with or without a group). */
        NUMERIC,
        /** A user name other than root: the kubelet cannot tell whether it is root. */
        NAMED,
        /** {@code root} or UID 0, by USER or because the chain starts {@code FROM scratch} without one. */
        ROOT,
        /** No USER in the chain, on a Docker official image that runs as root unless told otherwise. */
        UNSET,
        /** No USER in the chain, on another image: its own user applies ({@code base} names it). */
        INHERITED,
        /** Not known here: a USER with an unresolved variable, a Windows image, a base that is a variable. */
        UNKNOWN
    }

    /**
     * One stage.
     *
     * @param name the stage name in lower case, "" when it has none
     * @param kind how its user reads
     * @param user the user as USER sets it (variables expanded), "" when there is none
     * @param base the image its chain starts from, as written after variable expansion
     * @param uid for a {@link Kind#NAMED} user that a RUN of the chain creates with a fixed number
     *     ({@code useradd -u 10001 app}, {@code adduser -u 10001 app}), that number; "" otherwise
     */
    public record StageUser(String name, Kind kind, String user, String base, String uid) {
    }

    /** Options of useradd, Debian's adduser and BusyBox's adduser that take a value. */
    private static final Set<String> VALUE_OPTIONS = Set.of("-b", "-c", "-d", "-e", "-f", "-g", "-G", "-h", "-k", "-K",
            "-p", "-R", "-P", "-s", "-u", "-Z", "--base-dir", "--comment", "--home-dir", "--home", "--expiredate",
            "--inactive", "--gid", "--groups", "--skel", "--key", "--password", "--root", "--prefix", "--shell", "--uid",
            "--selinux-user", "--ingroup", "--gecos", "--firstuid", "--lastuid", "--firstgid", "--lastgid");

    public ImageUsers {
        stages = List.copyOf(stages);
    }

    /**
     * The stage a build with {@code --target target} produces: the last one without a target, the
     * stage of that name (any case) otherwise; empty when no stage has that name.
     */
    public Optional<StageUser> built(String target) {
        if (stages.isEmpty()) {
            return Optional.empty();
        }
        if (target == null || target.isBlank()) {
            return Optional.of(stages.get(stages.size() - 1));
        }
        String wanted = target.trim().toLowerCase(Locale.ROOT);
        return stages.stream().filter(s -> s.name().equals(wanted)).findFirst();
    }

    public static final FactsExtractor<ImageUsers> EXTRACTOR = new FactsExtractor<>() {
        @Override
        public Class<ImageUsers> type() {
            return ImageUsers.class;
        }

        @Override
        public boolean accepts(String relativePath) {
            return LanguageDetector.detect(relativePath, "", "").equals(Optional.of(Language.DOCKERFILE));
        }

        @Override
        public Optional<ImageUsers> extract(String relativePath, String text) {
            return Optional.of(of(DockerfileParser.parse(TextDocument.of("file:///" + relativePath, text), Cancellation.NONE)));
        }
    };

    public static ImageUsers of(Dockerfile dockerfile) {
        List<StageUser> out = new ArrayList<>();
        StageGraph graph = dockerfile.stageGraph();
        for (Stage stage : dockerfile.stages()) {
            String name = stage.name().map(n -> n.toLowerCase(Locale.ROOT)).orElse("");
            ImageRef base = graph.rootImage(stage);
            Optional<StageGraph.User> user = graph.effectiveUser(stage);
            Kind kind;
            String written = user.flatMap(StageGraph.User::user).orElse("");
            if (Distro.isWindows(dockerfile, stage)) {
                kind = Kind.UNKNOWN;
            } else if (user.isPresent()) {
                kind = written.isEmpty() ? Kind.UNKNOWN
                        : user.get().isRoot() ? Kind.ROOT
                        : user.get().isNumeric() ? Kind.NUMERIC
                        : Kind.NAMED;
            } else if (base.kind() == ImageRef.Kind.SCRATCH) {
                kind = Kind.ROOT;
            } else if (base.kind() != ImageRef.Kind.IMAGE) {
                kind = Kind.UNKNOWN;
            } else {
                kind = runsAsRootByDefault(base) ? Kind.UNSET : Kind.INHERITED;
            }
            String uid = kind == Kind.NAMED ? uidOf(dockerfile, graph.chain(stage), written) : "";
            out.add(new StageUser(name, kind, written, base.text(), uid));
        }
        return new ImageUsers(out);
    }

    /** The UID the last {@code useradd}/{@code adduser} of the chain that creates {@code user} gives it; "" when none does. */
    private static String uidOf(Dockerfile dockerfile, List<Stage> chain, String user) {
        Set<Integer> stages = new HashSet<>();
        chain.forEach(s -> stages.add(s.index()));
        String uid = "";
        for (RunCommand run : RunCommand.all(dockerfile)) {
            String command = run.command().name();
            if (run.owner() != run.run() || !stages.contains(run.owner().stageIndex())
                    || !(command.equals("useradd") || command.equals("adduser"))) {
                continue;
            }
            String created = null;
            String number = null;
            List<Word> args = run.command().arguments();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i).value();
                String next = i + 1 < args.size() ? args.get(i + 1).value() : null;
                if (arg.equals("-u") || arg.equals("--uid")) {
                    number = next;
                } else if (arg.startsWith("--uid=")) {
                    number = arg.substring("--uid=".length());
                } else if (arg.startsWith("-u") && !arg.startsWith("--") && arg.length() > 2) {
                    number = arg.substring(2);
                }
                if (VALUE_OPTIONS.contains(arg)) {
                    i++;
                } else if (!arg.startsWith("-") && created == null) {
                    created = arg;
                }
            }
            if (user.equals(created) && number != null && number.matches("[0-9]{1,9}") && !number.matches("0+")) {
                uid = number;
            }
        }
        return uid;
    }

    /** Docker official images that set a numeric USER of their own (the others run as root, or as a name). */
    private static final Set<String> NUMERIC_OFFICIAL = Set.of("elasticsearch", "kibana", "logstash",
            "solr");

    /**
     * True for a Docker official image ({@code docker.io/library/…}) other than the few that set a
     * numeric user: they leave USER to their users, so an image on them runs as root.
     */
    static boolean runsAsRootByDefault(ImageRef base) {
        if (FinalImage.runsAsNonRootByDefault(base)) {
            return false;
        }
        return ImageReference.parse(base.text()).map(ImageReference::canonicalName)
                .filter(name -> name.startsWith("docker.io/library/"))
                .map(name -> !NUMERIC_OFFICIAL.contains(name.substring("docker.io/library/".length())))
                .orElse(false);
    }
}
