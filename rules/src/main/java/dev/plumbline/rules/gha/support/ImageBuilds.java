package dev.plumbline.rules.gha.support;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.RunScript;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.image.ImageReference;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.FactsExtractor;
import dev.plumbline.workspace.WorkspaceIndex;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The images a repository's workflows build from its own Dockerfiles, so a manifest that runs such
 * an image can be related to the Dockerfile behind it. Read from {@code docker/build-push-action}
 * steps ({@code tags:}, or the {@code images:} of the {@code docker/metadata-action} step its tags
 * come from; {@code file:}, {@code context:}, {@code target:}) and from {@code docker build},
 * {@code docker buildx build}, {@code docker image build} and {@code podman build} in run scripts
 * ({@code -t}, {@code -f}, {@code --target}, the context). Only what is written literally counts: a
 * name with an expression or variable in it is left out (a tag may be one), and so is a build whose
 * Dockerfile is not a literal path.
 *
 * @param builds every build found, in file order
 */
public record ImageBuilds(List<Build> builds) {

    /**
     * One image built from one Dockerfile.
     *
     * @param image the image's {@link ImageReference#canonicalName() canonical name}
     * @param dockerfile the Dockerfile's path relative to the workspace root
     * @param target the build's {@code --target}, "" for none
     */
    public record Build(String image, String dockerfile, String target) {
    }

    private static final Pattern ENV = Pattern.compile("\\$\\{\\{\\s*env\\.([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
    private static final Pattern STEP_OUTPUT = Pattern.compile(
            "^\\$\\{\\{\\s*steps\\.([A-Za-z0-9_-]+)\\.outputs\\.tags\\s*}}$");
    /** docker build options that take no value. */
    private static final Set<String> FLAGS = Set.of("--push", "--load", "--pull", "--no-cache", "-q", "--quiet", "--rm",
            "--force-rm", "--squash", "--compress", "--disable-content-trust", "--check", "--debug");

    public ImageBuilds {
        builds = List.copyOf(builds);
    }

    public static final FactsExtractor<ImageBuilds> EXTRACTOR = new FactsExtractor<>() {
        @Override
        public Class<ImageBuilds> type() {
            return ImageBuilds.class;
        }

        @Override
        public boolean accepts(String relativePath) {
            return relativePath.matches("(.*/)?\\.github/workflows/[^/]+\\.ya?ml");
        }

        @Override
        public Optional<ImageBuilds> extract(String relativePath, String text) {
            WorkflowFile file = WorkflowFile.parse(TextDocument.of("file:///" + relativePath, text), Cancellation.NONE);
            // paths in a workflow start at the repository root: the folder holding .github
            int github = relativePath.lastIndexOf(".github/workflows/");
            String root = github == 0 ? "" : WorkspaceIndex.normalize(relativePath.substring(0, github));
            List<Build> found = of(file, root);
            return found.isEmpty() ? Optional.empty() : Optional.of(new ImageBuilds(found));
        }
    };

    /** An input's value as written, trimmed (paths and env names keep their case). */
    private static Optional<String> text(Step step, String input) {
        return KnownActions.input(step, input).map(s -> s.value().trim());
    }

    /** The builds of a workflow whose repository root is {@code root} in the workspace ("" for the workspace root). */
    public static List<Build> of(WorkflowFile file, String root) {
        List<Build> out = new ArrayList<>();
        for (Job job : file.jobs()) {
            for (Step step : job.steps()) {
                if (KnownActions.uses(step, "docker/build-push-action")) {
                    action(job, step, root, out);
                }
                step.run().filter(RunScript::isPosix).ifPresent(script -> {
                    for (Command command : script.commands()) {
                        command(step, script, command, root, out);
                    }
                });
            }
        }
        return out;
    }

    private static void action(Job job, Step step, String root, List<Build> out) {
        String context = text(step, "context").map(String::trim).orElse(".");
        if (context.startsWith("{{defaultContext}}:")) {
            context = context.substring("{{defaultContext}}:".length());
        }
        if (context.isEmpty() || context.equals(".") || context.equals("./")) {
            context = "";
        } else if (!WorkspacePaths.literal(context)) {
            return;
        }
        String dockerfile;
        Optional<String> file = text(step, "file").map(String::trim).filter(f -> !f.isEmpty());
        if (file.isPresent()) {
            if (!WorkspacePaths.literal(file.get())) {
                return;
            }
            dockerfile = WorkspacePaths.resolve(root, file.get());
        } else {
            dockerfile = WorkspacePaths.resolve(root, WorkspacePaths.resolve(context, "Dockerfile"));
        }
        String target = text(step, "target").map(String::trim).orElse("");
        if (target.contains("$")) {
            return;
        }
        Optional<YamlScalar> tags = KnownActions.input(step, "tags");
        if (tags.isEmpty()) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher fromMeta = STEP_OUTPUT.matcher(tags.get().value().trim());
        if (fromMeta.matches()) {
            metadataImages(job, fromMeta.group(1)).forEach(image -> name(substitute(image, step), names));
        } else {
            for (String tag : tags.get().value().split("[\\n,]")) {
                name(substitute(tag, step), names);
            }
        }
        names.forEach(name -> out.add(new Build(name, dockerfile, target)));
    }

    /** The image names of the {@code docker/metadata-action} step with this id: lines of its {@code images:}, each a name or {@code name=…,…}. */
    private static List<String> metadataImages(Job job, String id) {
        List<String> out = new ArrayList<>();
        for (Step step : job.steps()) {
            if (step.id().map(s -> s.value().trim().equals(id)).orElse(false) && KnownActions.uses(step, "docker/metadata-action")) {
                String images = text(step, "images").orElse("");
                for (String line : images.split("\\n")) {
                    if (line.contains("=")) {
                        for (String attribute : line.split(",")) {
                            if (attribute.trim().startsWith("name=")) {
                                out.add(attribute.trim().substring("name=".length()));
                            }
                        }
                    } else {
                        out.addAll(List.of(line.split(",")));
                    }
                }
            }
        }
        return out;
    }

    /** {@code ${{ env.NAME }}} replaced by a literal value of the step's, job's or workflow's env. */
    private static String substitute(String text, Step step) {
        if (!text.contains("${{")) {
            return text;
        }
        Matcher m = ENV.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = envValue(step, m.group(1)).orElse(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Optional<String> envValue(Step step, String name) {
        List<Optional<YamlMapping>> scopes = List.of(step.env(), step.job().flatMap(Job::env),
                step.job().flatMap(j -> j.workflow().env()));
        for (Optional<YamlMapping> scope : scopes) {
            Optional<YamlScalar> value = scope.flatMap(env -> env.getScalar(name));
            if (value.isPresent()) {
                String text = value.get().value().trim();
                return text.contains("${{") || text.contains("$") ? Optional.empty() : Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** Adds the {@link #canonicalName(String) canonical name} of a written tag, when it has one. */
    private static void name(String written, Set<String> names) {
        canonicalName(written).ifPresent(names::add);
    }

    /**
     * The canonical name of a written image tag ({@code ghcr.io/acme/api:1.2}); a tag part with an
     * expression or variable is fine ({@code ghcr.io/acme/api:${{ github.sha }}}, {@code app:$VERSION}),
     * a name part is not (empty then), nor is text that is no image reference.
     */
    public static Optional<String> canonicalName(String written) {
        String tag = written.trim();
        int dynamic = firstDynamic(tag);
        if (dynamic >= 0) {
            String literal = tag.substring(0, dynamic);
            int colon = literal.lastIndexOf(':');
            if (colon < 0 || colon < literal.lastIndexOf('/')) {
                return Optional.empty(); // the variable is in the name
            }
            tag = literal.substring(0, colon);
        }
        return ImageReference.parse(tag).map(ImageReference::canonicalName);
    }

    private static int firstDynamic(String text) {
        int dollar = text.indexOf('$');
        int brace = text.indexOf("{{");
        return dollar < 0 ? brace : brace < 0 ? dollar : Math.min(dollar, brace);
    }

    private static void command(Step step, RunScript script, Command command, String root, List<Build> out) {
        List<Word> args = command.arguments();
        if (args.isEmpty()) {
            return;
        }
        String name = command.name();
        String first = args.get(0).value();
        String second = args.size() > 1 ? args.get(1).value() : "";
        int from;
        if ((name.equals("docker") || name.equals("podman")) && first.equals("build")) {
            from = 1;
        } else if (name.equals("docker") && ((first.equals("buildx") || first.equals("image")) && second.equals("build"))) {
            from = 2;
        } else {
            return;
        }
        List<String> tags = new ArrayList<>();
        String file = null;
        String target = "";
        String context = null;
        for (int i = from; i < args.size(); i++) {
            String v = args.get(i).value();
            String next = i + 1 < args.size() ? args.get(i + 1).value() : null;
            if ((v.equals("-t") || v.equals("--tag")) && next != null) {
                tags.add(next);
                i++;
            } else if (v.startsWith("--tag=")) {
                tags.add(v.substring("--tag=".length()));
            } else if ((v.equals("-f") || v.equals("--file")) && next != null) {
                file = next;
                i++;
            } else if (v.startsWith("--file=")) {
                file = v.substring("--file=".length());
            } else if (v.equals("--target") && next != null) {
                target = next;
                i++;
            } else if (v.startsWith("--target=")) {
                target = v.substring("--target=".length());
            } else if (v.startsWith("-")) {
                if (!v.contains("=") && !FLAGS.contains(v)) {
                    i++; // the option's value
                }
            } else {
                context = v;
            }
        }
        Optional<String> dir = WorkspacePaths.directoryOf(step, script, command);
        if (tags.isEmpty() || context == null || dir.isEmpty() || target.contains("$")) {
            return;
        }
        String dockerfile;
        if (file != null) {
            if (!WorkspacePaths.literal(file)) {
                return;
            }
            dockerfile = WorkspacePaths.resolve(root, WorkspacePaths.resolve(dir.get(), file));
        } else {
            boolean here = context.equals(".") || context.equals("./");
            if (!here && !WorkspacePaths.literal(context)) {
                return;
            }
            String contextDir = WorkspacePaths.resolve(dir.get(), here ? "" : context);
            dockerfile = WorkspacePaths.resolve(root, WorkspacePaths.resolve(contextDir, "Dockerfile"));
        }
        Set<String> names = new LinkedHashSet<>();
        for (String tag : tags) {
            name(substitute(tag, step), names);
        }
        String finalTarget = target;
        names.forEach(image -> out.add(new Build(image, dockerfile, finalTarget)));
    }
}
