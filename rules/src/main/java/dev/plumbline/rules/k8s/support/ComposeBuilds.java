package dev.plumbline.rules.k8s.support;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.rules.gha.support.ImageBuilds;
import dev.plumbline.syntax.yaml.YamlDocument;
import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlParser;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.FactsExtractor;
import dev.plumbline.workspace.WorkspaceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The images a Compose file ({@code compose.yaml}, {@code docker-compose.yml}, {@code docker-compose.*.yml})
 * builds: each service with both {@code image} (the name the built image is tagged with) and
 * {@code build} (a context folder, or {@code context}/{@code dockerfile}/{@code target}). Paths are
 * relative to the Compose file's folder, {@code dockerfile} to the context. {@code ${VAR:-default}}
 * and {@code ${VAR-default}} read as their default; any other variable in the name, the context or the
 * Dockerfile leaves the service out, as do remote contexts and inline Dockerfiles.
 *
 * @param builds the builds, in file order
 */
public record ComposeBuilds(List<ImageBuilds.Build> builds) {

    private static final Pattern NAME = Pattern.compile("(.*/)?(docker-)?compose(\\.[^/]+)?\\.ya?ml");
    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*:?-([^}$]*)}");

    public ComposeBuilds {
        builds = List.copyOf(builds);
    }

    public static final FactsExtractor<ComposeBuilds> EXTRACTOR = new FactsExtractor<>() {
        @Override
        public Class<ComposeBuilds> type() {
            return ComposeBuilds.class;
        }

        @Override
        public boolean accepts(String relativePath) {
            return NAME.matcher(relativePath).matches();
        }

        @Override
        public Optional<ComposeBuilds> extract(String relativePath, String text) {
            int slash = relativePath.lastIndexOf('/');
            String folder = slash < 0 ? "" : relativePath.substring(0, slash);
            List<ImageBuilds.Build> found = new ArrayList<>();
            YamlParser.parse(TextDocument.of("file:///" + relativePath, text), Cancellation.NONE).nonEmptyDocuments()
                    .stream().findFirst().flatMap(YamlDocument::rootMapping)
                    .flatMap(root -> root.getMapping("services"))
                    .ifPresent(services -> services.entries().forEach(service -> build(folder, service, found)));
            return found.isEmpty() ? Optional.empty() : Optional.of(new ComposeBuilds(found));
        }
    };

    private static void build(String folder, YamlEntry service, List<ImageBuilds.Build> out) {
        Optional<YamlMapping> mapping = service.value().asMapping();
        // a variable in the tag is fine, one in the name is not
        Optional<String> image = mapping.flatMap(m -> m.get("image")).flatMap(YamlNode::asText)
                .map(text -> DEFAULTED.matcher(text).replaceAll(r -> Matcher.quoteReplacement(r.group(1))))
                .flatMap(ImageBuilds::canonicalName);
        Optional<YamlNode> build = mapping.flatMap(m -> m.get("build"));
        if (image.isEmpty() || build.isEmpty()) {
            return;
        }
        Optional<String> context;
        Optional<String> dockerfile = Optional.of("Dockerfile");
        String target = "";
        if (build.get().asMapping().isPresent()) {
            YamlMapping spec = build.get().asMapping().get();
            if (spec.has("dockerfile_inline")) {
                return;
            }
            context = spec.get("context").map(n -> n.asText().flatMap(ComposeBuilds::literal).orElse(null))
                    .or(() -> Optional.of("."));
            if (spec.has("dockerfile")) {
                dockerfile = spec.get("dockerfile").flatMap(YamlNode::asText).flatMap(ComposeBuilds::literal);
            }
            if (spec.has("target")) {
                Optional<String> written = spec.get("target").flatMap(YamlNode::asText).flatMap(ComposeBuilds::literal);
                if (written.isEmpty()) {
                    return;
                }
                target = written.get().trim();
            }
        } else {
            context = build.get().asText().flatMap(ComposeBuilds::literal);
        }
        if (context.isEmpty() || dockerfile.isEmpty() || context.get().contains("://") || context.get().startsWith("/")
                || dockerfile.get().startsWith("/") || context.get().startsWith("git@")) {
            return;
        }
        String contextDir = WorkspaceIndex.normalize(folder.isEmpty() ? context.get() : folder + "/" + context.get());
        String path = WorkspaceIndex.normalize(contextDir.isEmpty() ? dockerfile.get() : contextDir + "/" + dockerfile.get());
        if (path.startsWith("..")) {
            return;
        }
        out.add(new ImageBuilds.Build(image.get(), path, target));
    }

    /** The text with {@code ${VAR:-default}} read as its default; empty when another variable is left. */
    private static Optional<String> literal(String text) {
        Matcher m = DEFAULTED.matcher(text);
        String resolved = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
        return resolved.contains("$") ? Optional.empty() : Optional.of(resolved);
    }
}
