package dev.plumbline.rules.k8s.support;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.syntax.k8s.K8sResource;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.schema.CrdSchemaReader;
import dev.plumbline.syntax.k8s.schema.CrdSchemaReader.CrdVersion;
import dev.plumbline.syntax.k8s.schema.CrdSchemas;
import dev.plumbline.syntax.k8s.schema.K8sSchema;
import dev.plumbline.syntax.k8s.schema.SchemaType;
import dev.plumbline.syntax.k8s.schema.SchemaValidation;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.FactsExtractor;
import dev.plumbline.workspace.WorkspaceIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * The CustomResourceDefinitions of the whole workspace, so a custom resource is validated against a
 * CRD defined in another file (CRDs are cluster-wide, so no scope applies). The schema rules ask
 * {@link #validation} instead of validating against the file's own CRDs only.
 */
public final class WorkspaceCrds {

    /** The served versions with schemas one file's CRDs define. */
    public record CrdFacts(List<CrdVersion> versions) {
    }

    /** Reads the CRDs of every YAML file that mentions one. */
    public static final FactsExtractor<CrdFacts> EXTRACTOR = new FactsExtractor<>() {
        @Override
        public Class<CrdFacts> type() {
            return CrdFacts.class;
        }

        @Override
        public boolean accepts(String relativePath) {
            String lower = relativePath.toLowerCase(Locale.ROOT);
            return lower.endsWith(".yaml") || lower.endsWith(".yml");
        }

        @Override
        public Optional<CrdFacts> extract(String relativePath, String text) {
            if (!text.contains("CustomResourceDefinition") || text.contains("{{")) {
                return Optional.empty();
            }
            KubernetesFile file = KubernetesFile.parse(TextDocument.of("file:///" + relativePath, text), Cancellation.NONE);
            List<CrdVersion> versions = new ArrayList<>();
            for (K8sResource resource : file.resources()) {
                versions.addAll(CrdSchemaReader.read(resource));
            }
            return versions.isEmpty() ? Optional.empty() : Optional.of(new CrdFacts(List.copyOf(versions)));
        }
    };

    /** The schemas by {@code group/version kind}, built from one snapshot of the index's facts. */
    private record Known(Map<String, CrdFacts> facts, Map<String, SchemaType> byKey) implements CrdSchemas {
        @Override
        public Optional<SchemaType> find(String group, String version, String kind) {
            return Optional.ofNullable(byKey.get(key(group, version, kind)));
        }
    }

    /** A file's validation and the workspace CRDs it was computed with. */
    private record Validated(Known crds, SchemaValidation validation) {
    }

    private static final Map<WorkspaceIndex, Known> BY_INDEX = Collections.synchronizedMap(new WeakHashMap<>());
    private static final Map<KubernetesFile, Validated> BY_FILE = Collections.synchronizedMap(new WeakHashMap<>());

    private WorkspaceCrds() {
    }

    /**
     * The schema issues of the analysed file: against the built-in schema and its own CRDs, and,
     * once the workspace index is ready, the CRDs of every other file for custom resources that
     * neither knows.
     */
    public static SchemaValidation validation(RuleContext<KubernetesFile> context) {
        KubernetesFile file = context.model();
        Optional<WorkspaceIndex> index = context.workspace().map(v -> v.index());
        if (index.isEmpty() || !hasUnknownCustomResource(file)) {
            return SchemaValidation.of(file);
        }
        Known crds = known(index.get());
        if (crds.byKey().isEmpty()) {
            return SchemaValidation.of(file);
        }
        Validated done = BY_FILE.get(file);
        if (done != null && done.crds() == crds) {
            return done.validation();
        }
        SchemaValidation validation = SchemaValidation.of(file, K8sSchema.builtin(), CrdSchemas.inFile(file).or(crds));
        BY_FILE.put(file, new Validated(crds, validation));
        return validation;
    }

    /**
     * The CRDs every file of the workspace defines (as the index knows them now), for the editor's
     * hover and completion of custom resources whose CRD lies in another file.
     */
    public static CrdSchemas schemas(WorkspaceIndex index) {
        return known(index);
    }

    /** True when some resource is a custom resource its own file defines no CRD for. */
    private static boolean hasUnknownCustomResource(KubernetesFile file) {
        CrdSchemas own = CrdSchemas.inFile(file);
        K8sSchema builtin = K8sSchema.builtin();
        for (K8sResource resource : file.resources()) {
            if (resource.isKustomization() || resource.group().isEmpty() || builtin.knowsGroup(resource.group())) {
                continue;
            }
            if (own.find(resource.group(), resource.version(), resource.kind()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static Known known(WorkspaceIndex index) {
        Map<String, CrdFacts> current = index.all(CrdFacts.class);
        synchronized (BY_INDEX) {
            Known cached = BY_INDEX.get(index);
            if (cached != null && cached.facts().equals(current)) {
                return cached;
            }
            Map<String, SchemaType> byKey = new HashMap<>();
            current.values().forEach(f -> f.versions().forEach(v -> byKey.putIfAbsent(key(v.group(), v.version(), v.kind()),
                    v.schema())));
            Known fresh = new Known(current, byKey);
            BY_INDEX.put(index, fresh);
            return fresh;
        }
    }

    private static String key(String group, String version, String kind) {
        return group + "/" + version + "\t" + kind;
    }
}
