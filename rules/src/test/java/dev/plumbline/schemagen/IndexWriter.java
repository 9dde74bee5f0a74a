package dev.plumbline.schemagen;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the two gzip'd, tab-separated text resources {@code dev.plumbline.syntax.k8s.schema.K8sSchema}
 * reads (its javadoc is the format's reference). The structure ({@value #SCHEMA}) is small and
 * loaded on the first check; descriptions ({@value #DOCS}) only on the first hover.
 */
final class IndexWriter {

    static final String SCHEMA = "kubernetes-schema.tsv.gz";
    static final String DOCS = "kubernetes-docs.tsv.gz";
    static final String RESOURCE_DIR = "dev/plumbline/syntax/k8s/schema/";

    private IndexWriter() {
    }

    static void write(Path outputDir, String clientVersion, String kubernetesVersion, List<ApiKindScanner.ApiKind> kinds,
            ModelCatalog catalog, CuratedFacts curated) throws IOException {
        Path dir = outputDir.resolve(RESOURCE_DIR);
        Files.createDirectories(dir);
        try (BufferedWriter out = gzip(dir.resolve(SCHEMA))) {
            line(out, "plumbline-k8s-schema", "1", clientVersion, kubernetesVersion);
            for (ModelCatalog.ModelType type : catalog.types()) {
                String className = type.type().getSimpleName();
                line(out, "T", className, type.displayName());
                for (ModelCatalog.ModelField field : type.fields()) {
                    boolean required = field.required() || curated.isRequired(className, field.wireName());
                    List<String> values = curated.enumOf(className, field.wireName());
                    if (values.isEmpty()) {
                        line(out, "F", field.wireName(), field.typeExpr(), required ? "r" : "-");
                    } else {
                        line(out, "F", field.wireName(), field.typeExpr(), required ? "r" : "-", String.join("|", values));
                    }
                }
            }
            for (ApiKindScanner.ApiKind kind : kinds) {
                line(out, "K", kind.apiVersion(), kind.kind(), kind.plural(), kind.namespaced() ? "n" : "c",
                        Integer.toString(catalog.idOf(kind.model())));
            }
        }
        try (BufferedWriter out = gzip(dir.resolve(DOCS))) {
            line(out, "plumbline-k8s-docs", "1", clientVersion, kubernetesVersion);
            for (ModelCatalog.ModelType type : catalog.types()) {
                String id = Integer.toString(type.id());
                if (!type.description().isEmpty()) {
                    line(out, "T", id, escape(type.description()));
                }
                for (ModelCatalog.ModelField field : type.fields()) {
                    String description = catalog.descriptionOf(field);
                    if (!description.isEmpty()) {
                        line(out, "F", id, field.wireName(), escape(description));
                    }
                }
            }
        }
    }

    private static BufferedWriter gzip(Path file) throws IOException {
        OutputStream stream = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16);
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    private static void line(BufferedWriter out, String... columns) throws IOException {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].indexOf('\t') >= 0 || columns[i].indexOf('\n') >= 0) {
                throw new IllegalArgumentException("unescaped column: " + columns[i]);
            }
            if (i > 0) {
                out.write('\t');
            }
            out.write(columns[i]);
        }
        out.write('\n');
    }

    /** Backslash, tab, CR and LF as {@code \\ \t \r \n}. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
