package dev.plumbline.syntax.k8s.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The built-in Kubernetes schema: every apiVersion/kind the target release serves and the types of
 * their fields, generated at build time from {@code io.kubernetes:client-java-api} (see
 * {@code rules/README.md}) into two resources beside this class, loaded on first use.
 *
 * <h2>Resource format (version 1)</h2>
 * Both are gzip'd UTF-8 text, one record per line, columns separated by tabs.
 * {@code kubernetes-schema.tsv.gz}: a header {@code plumbline-k8s-schema 1 <client version> <release>};
 * {@code T <model class> <display name>} starts type number N (counting from 0); each following
 * {@code F <wire name> <type> <r|-> [<value>|<value>...]} is one of its fields (required or not,
 * curated enum values); {@code K <apiVersion> <kind> <plural> <n|c> <type number>} is a kind
 * (namespaced or cluster-scoped). A type is {@code s} string, {@code i} integer, {@code n} number,
 * {@code b} boolean, {@code x} int-or-string, {@code q} quantity, {@code y} base64 bytes,
 * {@code t} date-time, {@code a} anything, {@code #N} type N, {@code [T} a list of T, {@code {T} a map
 * of T. {@code kubernetes-docs.tsv.gz}: {@code T <N> <description>} and
 * {@code F <N> <field> <description>}, with {@code \\ \t \r \n} escaped.
 */
public final class K8sSchema {

    static final String SCHEMA_RESOURCE = "kubernetes-schema.tsv.gz";
    static final String DOCS_RESOURCE = "kubernetes-docs.tsv.gz";

    private static final class Builtin {
        static final K8sSchema INSTANCE = loadBuiltin();
    }

    private final String clientVersion;
    private final String kubernetesVersion;
    private final List<SchemaType> types;
    private final Map<String, SchemaType> typesByClass;
    private final List<ApiKind> kinds;
    private final Map<String, ApiKind> kindsByKey;
    private final Map<String, List<ApiKind>> kindsByGroup;
    private final long loadNanos;
    private volatile SchemaDocs docs;

    private K8sSchema(String clientVersion, String kubernetesVersion, List<SchemaType> types,
            Map<String, SchemaType> typesByClass, List<ApiKind> kinds, long loadNanos) {
        this.clientVersion = clientVersion;
        this.kubernetesVersion = kubernetesVersion;
        this.types = List.copyOf(types);
        this.typesByClass = Map.copyOf(typesByClass);
        this.kinds = List.copyOf(kinds);
        Map<String, ApiKind> byKey = new HashMap<>();
        Map<String, List<ApiKind>> byGroup = new LinkedHashMap<>();
        for (ApiKind kind : kinds) {
            byKey.put(key(kind.apiVersion(), kind.kind()), kind);
            byGroup.computeIfAbsent(kind.group(), g -> new ArrayList<>()).add(kind);
        }
        this.kindsByKey = Map.copyOf(byKey);
        byGroup.replaceAll((g, list) -> List.copyOf(list));
        this.kindsByGroup = Collections.unmodifiableMap(byGroup);
        this.loadNanos = loadNanos;
    }

    /**
     * The schema generated into the rules jar; loaded on the first call (a few milliseconds). When
     * the resource is missing (a build that skipped generation) the schema is empty and
     * {@link #isAvailable()} is false, so schema checks find nothing rather than fail.
     */
    public static K8sSchema builtin() {
        return Builtin.INSTANCE;
    }

    public boolean isAvailable() {
        return !kinds.isEmpty();
    }

    /** The Kubernetes release the schema describes, e.g. {@code 1.36}. */
    public String kubernetesVersion() {
        return kubernetesVersion;
    }

    /** The client-java-api version it was generated from, e.g. {@code 27.0.0}. */
    public String clientVersion() {
        return clientVersion;
    }

    /** How long loading the structure took (descriptions are separate), for startup measurements. */
    public long loadNanos() {
        return loadNanos;
    }

    /** Every served apiVersion/kind, sorted by apiVersion then kind. */
    public List<ApiKind> kinds() {
        return kinds;
    }

    public Optional<ApiKind> kind(String apiVersion, String kind) {
        return Optional.ofNullable(kindsByKey.get(key(apiVersion, kind)));
    }

    /** True when some version of {@code group} ("" for core) is built in; other groups belong to CRDs. */
    public boolean knowsGroup(String group) {
        return kindsByGroup.containsKey(group);
    }

    /** The kinds of one API group, every version. */
    public List<ApiKind> kindsInGroup(String group) {
        return kindsByGroup.getOrDefault(group, List.of());
    }

    /** The type of a model class of the client, e.g. {@code V1ObjectMeta}. */
    public Optional<SchemaType> typeOfModel(String modelClass) {
        return Optional.ofNullable(typesByClass.get(modelClass));
    }

    /** {@code ObjectMeta}, which custom resources share with built-in kinds. */
    public Optional<SchemaType> objectMeta() {
        return typeOfModel("V1ObjectMeta");
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + "\t" + kind;
    }

    private SchemaDocs docs() {
        SchemaDocs loaded = docs;
        if (loaded == null) {
            synchronized (this) {
                loaded = docs;
                if (loaded == null) {
                    loaded = SchemaDocs.load(K8sSchema.class.getResourceAsStream(DOCS_RESOURCE));
                    docs = loaded;
                }
            }
        }
        return loaded;
    }

    private static K8sSchema loadBuiltin() {
        long start = System.nanoTime();
        try (InputStream in = K8sSchema.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                return new K8sSchema("", "", List.of(), Map.of(), List.of(), 0);
            }
            return read(in, start);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in Kubernetes schema", e);
        }
    }

    private static K8sSchema read(InputStream stream, long start) throws IOException {
        List<String[]> typeLines = new ArrayList<>();
        List<List<String[]>> fieldLines = new ArrayList<>();
        List<String[]> kindLines = new ArrayList<>();
        String[] header;
        try (BufferedReader in = reader(stream)) {
            header = in.readLine().split("\t");
            if (header.length != 4 || !header[0].equals("plumbline-k8s-schema") || !header[1].equals("1")) {
                throw new IOException("not a version 1 Kubernetes schema index: " + String.join(" ", header));
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] columns = line.split("\t", -1);
                switch (columns[0]) {
                    case "T" -> {
                        typeLines.add(columns);
                        fieldLines.add(new ArrayList<>());
                    }
                    case "F" -> fieldLines.get(fieldLines.size() - 1).add(columns);
                    case "K" -> kindLines.add(columns);
                    default -> throw new IOException("unknown record: " + line);
                }
            }
        }
        K8sSchema[] self = new K8sSchema[1];
        List<SchemaType> types = new ArrayList<>(typeLines.size());
        Map<String, SchemaType> byClass = new HashMap<>();
        for (int id = 0; id < typeLines.size(); id++) {
            int typeId = id;
            SchemaType type = new SchemaType(SchemaType.Kind.OBJECT, typeLines.get(id)[2], null, List.of(), false,
                    () -> self[0].docs().type(typeId));
            types.add(type);
            byClass.put(typeLines.get(id)[1], type);
        }
        for (int id = 0; id < types.size(); id++) {
            int typeId = id;
            SchemaType owner = types.get(id);
            Map<String, SchemaField> fields = new LinkedHashMap<>();
            for (String[] f : fieldLines.get(id)) {
                List<String> values = f.length > 4 ? List.of(f[4].split("\\|", -1)) : List.of();
                SchemaType type = parseType(f[2], 0, types, values);
                String name = f[1];
                fields.put(name, new SchemaField(name, owner, type, f[3].equals("r"), () -> self[0].docs().field(typeId, name)));
            }
            owner.linkFields(fields);
        }
        List<ApiKind> kinds = new ArrayList<>();
        for (String[] k : kindLines) {
            kinds.add(new ApiKind(k[1], k[2], k[3], k[4].equals("n"), types.get(Integer.parseInt(k[5]))));
        }
        self[0] = new K8sSchema(header[2], header[3], types, byClass, kinds, System.nanoTime() - start);
        return self[0];
    }

    private static SchemaType parseType(String expr, int at, List<SchemaType> types, List<String> enumValues) {
        char c = expr.charAt(at);
        return switch (c) {
            case '[' -> SchemaType.arrayOf(parseType(expr, at + 1, types, enumValues));
            case '{' -> SchemaType.mapOf(parseType(expr, at + 1, types, enumValues));
            case '#' -> types.get(Integer.parseInt(expr.substring(at + 1)));
            case 's' -> enumValues.isEmpty() ? SchemaType.STRING : SchemaType.stringEnum(enumValues);
            case 'i' -> SchemaType.INTEGER;
            case 'n' -> SchemaType.NUMBER;
            case 'b' -> SchemaType.BOOLEAN;
            case 'x' -> SchemaType.INT_OR_STRING;
            case 'q' -> SchemaType.QUANTITY;
            case 'y' -> SchemaType.BYTES;
            case 't' -> SchemaType.DATE_TIME;
            case 'a' -> SchemaType.ANY;
            default -> throw new IllegalArgumentException("bad type expression " + expr);
        };
    }

    static BufferedReader reader(InputStream stream) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(stream, 1 << 16), StandardCharsets.UTF_8),
                1 << 16);
    }

    /** Descriptions, loaded on the first hover. */
    private static final class SchemaDocs {
        private final Map<Integer, String> types;
        private final Map<String, String> fields;

        private SchemaDocs(Map<Integer, String> types, Map<String, String> fields) {
            this.types = types;
            this.fields = fields;
        }

        static SchemaDocs load(InputStream stream) {
            Map<Integer, String> types = new HashMap<>();
            Map<String, String> fields = new HashMap<>();
            if (stream == null) {
                return new SchemaDocs(types, fields);
            }
            try (BufferedReader in = reader(stream)) {
                in.readLine();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] columns = line.split("\t", -1);
                    if (columns[0].equals("T")) {
                        types.put(Integer.parseInt(columns[1]), unescape(columns[2]));
                    } else if (columns[0].equals("F")) {
                        fields.put(columns[1] + "\t" + columns[2], unescape(columns[3]));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in Kubernetes schema descriptions", e);
            }
            return new SchemaDocs(types, fields);
        }

        String type(int id) {
            return types.getOrDefault(id, "");
        }

        String field(int typeId, String field) {
            return fields.getOrDefault(typeId + "\t" + field, "");
        }

        private static String unescape(String text) {
            if (text.indexOf('\\') < 0) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length()) {
                    char next = text.charAt(++i);
                    out.append(switch (next) {
                        case 't' -> '\t';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        default -> next;
                    });
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
