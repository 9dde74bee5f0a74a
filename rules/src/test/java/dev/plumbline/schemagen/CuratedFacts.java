package dev.plumbline.schemagen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Our own facts the client's annotations lack, read from {@code rules/src/schema/curated.txt}:
 * {@code enum <ModelClass>.<field> <value>...} (allowed values of a string field or of the strings of
 * a list) and {@code required <ModelClass>.<field>} (fields the API server demands although OpenAPI
 * does not mark them). Every line is checked against the model classes, so a field renamed or retyped
 * by a new Kubernetes version fails the build instead of going stale.
 */
final class CuratedFacts {

    private final Map<String, List<String>> enums = new LinkedHashMap<>();
    private final Set<String> required = new LinkedHashSet<>();

    private CuratedFacts() {
    }

    static CuratedFacts read(Path file, ModelCatalog catalog) throws IOException {
        CuratedFacts facts = new CuratedFacts();
        List<String> errors = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file.getFileName() + ":" + (i + 1) + ": ";
            String[] words = line.split("\\s+");
            if (words.length < 2 || !words[1].contains(".")) {
                errors.add(where + "expected 'enum Type.field value...' or 'required Type.field'");
                continue;
            }
            String target = words[1];
            String typeName = target.substring(0, target.indexOf('.'));
            String fieldName = target.substring(target.indexOf('.') + 1);
            ModelCatalog.ModelField field;
            try {
                field = catalog.bySimpleName(typeName).fields().stream().filter(f -> f.wireName().equals(fieldName))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException(typeName + " has no field "
                                + fieldName + " (renamed in this client version?)"));
            } catch (IllegalArgumentException e) {
                errors.add(where + e.getMessage());
                continue;
            }
            switch (words[0]) {
                case "enum" -> {
                    if (!field.typeExpr().equals("s") && !field.typeExpr().equals("[s")) {
                        errors.add(where + target + " is no longer a string (" + field.typeExpr() + ")");
                        continue;
                    }
                    List<String> values = Arrays.stream(words, 2, words.length)
                            .map(v -> v.equals("\"\"") ? "" : v).toList();
                    if (values.isEmpty() || facts.enums.containsKey(target)) {
                        errors.add(where + "an enum needs values, once per field");
                        continue;
                    }
                    facts.enums.put(target, values);
                }
                case "required" -> {
                    if (!facts.required.add(target)) {
                        errors.add(where + "duplicate");
                    }
                }
                default -> errors.add(where + "unknown fact '" + words[0] + "'");
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("curated Kubernetes facts do not fit the model classes:\n  "
                    + String.join("\n  ", errors));
        }
        return facts;
    }

    /** The allowed values of {@code Type.field}, or an empty list. */
    List<String> enumOf(String typeName, String field) {
        return enums.getOrDefault(typeName + "." + field, List.of());
    }

    boolean isRequired(String typeName, String field) {
        return required.contains(typeName + "." + field);
    }
}
