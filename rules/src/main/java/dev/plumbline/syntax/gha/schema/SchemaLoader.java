package dev.plumbline.syntax.gha.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Reads {@code schema.yaml} (its format is described at its top) into {@link GhaSchema}. Fails loudly on a bad schema. */
final class SchemaLoader {

    private final Map<String, Object> raw;
    private final Map<String, SchemaType> named = new LinkedHashMap<>();

    private SchemaLoader(Map<String, Object> raw) {
        this.raw = raw;
    }

    static GhaSchema load(String resource) {
        try (InputStream in = GhaSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Object loaded = new Load(LoadSettings.builder().build()).loadFromInputStream(in);
            return new SchemaLoader(map(loaded, "schema")).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private GhaSchema build() {
        Map<String, Object> typeDefs = map(raw.get("types"), "types");
        typeDefs.keySet().forEach(name -> named.put(name, new SchemaType(name)));
        typeDefs.forEach((name, def) -> fill(named.get(name), map(def, name)));

        Map<String, EventSpec> events = new LinkedHashMap<>();
        map(raw.get("events"), "events").forEach((name, def) -> {
            Map<String, Object> d = map(def, name);
            SchemaType settings = d.containsKey("config") ? ref(d.get("config"), name) : named.get("event-types");
            events.put(name, new EventSpec(name, (String) d.get("doc"), strings(d.get("types")),
                    Boolean.TRUE.equals(d.get("anyTypes")), settings));
        });

        Map<String, PermissionScope> permissions = new LinkedHashMap<>();
        map(raw.get("permissions"), "permissions").forEach((name, def) -> {
            Map<String, Object> d = map(def, name);
            permissions.put(name, new PermissionScope(name, strings(d.get("levels")), (String) d.get("doc")));
        });

        Map<String, RunnerLabel> runners = new LinkedHashMap<>();
        map(raw.get("runners"), "runners").forEach((name, def) -> {
            Map<String, Object> d = map(def, name);
            runners.put(name, new RunnerLabel(name, (String) d.get("os"), "retired".equals(d.get("status")),
                    (String) d.get("doc")));
        });

        return new GhaSchema(Collections.unmodifiableMap(named), Collections.unmodifiableMap(events),
                Collections.unmodifiableMap(permissions), Collections.unmodifiableMap(runners),
                Collections.unmodifiableSet(new LinkedHashSet<>(strings(raw.get("selfHostedLabels")))));
    }

    private void fill(SchemaType type, Map<String, Object> def) {
        type.title = (String) def.get("title");
        type.doc = (String) def.get("doc");
        Object owner = def.get("owner");
        if ("none".equals(owner)) {
            type.ownerReset = true;
        } else {
            type.owner = (String) owner;
        }
        String where = type.name().orElse("inline type");
        if (def.containsKey("is")) {
            type.kind = switch ((String) def.get("is")) {
                case "string" -> SchemaType.Kind.STRING;
                case "boolean" -> SchemaType.Kind.BOOLEAN;
                case "number" -> SchemaType.Kind.NUMBER;
                case "integer" -> SchemaType.Kind.INTEGER;
                case "any" -> SchemaType.Kind.ANY;
                default -> throw new IllegalStateException(where + ": unknown kind " + def.get("is"));
            };
            type.values = strings(def.get("values"));
        } else if (def.containsKey("keys") || def.containsKey("other")) {
            type.kind = SchemaType.Kind.MAPPING;
            LinkedHashMap<String, SchemaProperty> properties = new LinkedHashMap<>();
            if (def.containsKey("keys")) {
                map(def.get("keys"), where).forEach((key, p) -> properties.put(key, property(key, p, where)));
            }
            type.properties = SchemaType.freeze(properties);
            type.other = def.containsKey("other") ? ref(def.get("other"), where) : null;
        } else if (def.containsKey("map")) {
            type.kind = SchemaType.Kind.MAP;
            type.element = ref(def.get("map"), where);
        } else if (def.containsKey("list")) {
            type.kind = SchemaType.Kind.LIST;
            type.element = ref(def.get("list"), where);
            type.single = Boolean.TRUE.equals(def.get("single"));
        } else if (def.containsKey("oneOf")) {
            type.kind = SchemaType.Kind.ONE_OF;
            List<SchemaType> options = new ArrayList<>();
            for (Object o : list(def.get("oneOf"), where)) {
                options.add(ref(o, where));
            }
            type.options = List.copyOf(options);
        } else if (def.containsKey("switch")) {
            type.kind = SchemaType.Kind.SWITCH;
            List<SchemaType.Case> cases = new ArrayList<>();
            for (Object o : list(def.get("switch"), where)) {
                Map<String, Object> c = map(o, where);
                SchemaType target = ref(c.get("type"), where);
                if (c.containsKey("has")) {
                    cases.add(new SchemaType.Case((String) c.get("has"), null, target));
                } else if (c.containsKey("key")) {
                    cases.add(new SchemaType.Case((String) c.get("key"), Pattern.compile((String) c.get("match")), target));
                } else {
                    cases.add(new SchemaType.Case(null, null, target));
                }
            }
            type.cases = List.copyOf(cases);
        } else if (Boolean.TRUE.equals(def.get("events"))) {
            type.kind = SchemaType.Kind.EVENTS;
        } else {
            throw new IllegalStateException(where + ": no kind");
        }
    }

    private SchemaProperty property(String key, Object def, String where) {
        if (!(def instanceof Map)) {
            return new SchemaProperty(key, ref(def, where + "." + key), false, null, Optional.empty(), List.of());
        }
        Map<String, Object> d = map(def, where + "." + key);
        Optional<List<String>> expr = Optional.empty();
        if ("none".equals(d.get("expr"))) {
            expr = Optional.of(List.of());
        } else if (d.containsKey("expr")) {
            expr = Optional.of(strings(d.get("expr")));
        }
        return new SchemaProperty(key, ref(d.get("type"), where + "." + key), Boolean.TRUE.equals(d.get("required")),
                (String) d.get("doc"), expr, strings(d.get("functions")));
    }

    /** A type by name, or an inline definition. */
    private SchemaType ref(Object ref, String where) {
        if (ref instanceof String name) {
            SchemaType type = named.get(name);
            if (type == null) {
                if (name.equals("string") || name.equals("boolean") || name.equals("number") || name.equals("integer")
                        || name.equals("any")) {
                    SchemaType builtin = new SchemaType(name);
                    fill(builtin, Map.of("is", name));
                    named.put(name, builtin);
                    return builtin;
                }
                throw new IllegalStateException(where + ": unknown type " + name);
            }
            return type;
        }
        SchemaType inline = new SchemaType(null);
        fill(inline, map(ref, where));
        return inline;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String where) {
        if (!(o instanceof Map)) {
            throw new IllegalStateException(where + ": expected a mapping");
        }
        return (Map<String, Object>) o;
    }

    private static List<?> list(Object o, String where) {
        if (!(o instanceof List<?> l)) {
            throw new IllegalStateException(where + ": expected a list");
        }
        return l;
    }

    private static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object item : (List<?>) o) {
            out.add(String.valueOf(item));
        }
        return List.copyOf(out);
    }
}
