package dev.plumbline.intellij;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An LSP4IJ user-defined server template folder read the way LSP4IJ's "Import from custom
 * template" reads it (LanguageServerTemplateManager / LanguageServerTemplateDeserializer): the
 * files by their fixed names, {@code name} and a {@code programArgs} object that LSP4IJ
 * dereferences without a check, {@code fileType} objects inside {@code fileTypeMappings}, and
 * mappings dropped when they lack a {@code languageId}. Every place where LSP4IJ would throw or
 * silently drop something is collected as a problem instead, so a test can show them all.
 */
record Lsp4ijTemplate(
        String id,
        String name,
        Map<String, String> programArgs,
        List<PatternMapping> patternMappings,
        List<String> fileTypeNames,
        List<LanguageMapping> languageMappings,
        JsonObject settings,
        JsonObject settingsSchema,
        JsonObject initializationOptions,
        String description,
        List<String> problems) {

    /** The files LSP4IJ reads from a template folder (LanguageServerTemplate's *_FILE_NAME constants). */
    static final String TEMPLATE = "template.json";
    static final String SETTINGS = "settings.json";
    static final String SETTINGS_SCHEMA = "settings.schema.json";
    static final String INITIALIZATION_OPTIONS = "initializationOptions.json";
    static final String README = "README.md";

    /** The keys LSP4IJ picks programArgs by: the running OS's, else "default". */
    static final List<String> OS_KEYS = List.of("windows", "mac", "unix");

    record PatternMapping(List<String> patterns, String languageId) {
    }

    record LanguageMapping(String language, String languageId) {
    }

    static Lsp4ijTemplate read(Path folder) {
        List<String> problems = new ArrayList<>();
        JsonObject template = object(folder, TEMPLATE, problems).orElseGet(JsonObject::new);
        JsonObject settings = object(folder, SETTINGS, problems).orElseGet(JsonObject::new);
        JsonObject schema = object(folder, SETTINGS_SCHEMA, problems).orElseGet(JsonObject::new);
        JsonObject options = object(folder, INITIALIZATION_OPTIONS, problems).orElseGet(JsonObject::new);
        String description = text(folder, README, problems).orElse("");
        return parse(template, settings, schema, options, description, problems);
    }

    /** The template.json part alone, for tests of the reader itself. */
    static Lsp4ijTemplate parseTemplateJson(String json) {
        List<String> problems = new ArrayList<>();
        JsonObject template = new JsonObject();
        try {
            JsonElement element = JsonParser.parseString(json);
            if (element.isJsonObject()) {
                template = element.getAsJsonObject();
            } else {
                problems.add("template.json is not a JSON object");
            }
        } catch (JsonSyntaxException e) {
            problems.add("template.json is not JSON: " + e.getMessage());
        }
        return parse(template, new JsonObject(), new JsonObject(), new JsonObject(), "", problems);
    }

    private static Lsp4ijTemplate parse(JsonObject template, JsonObject settings, JsonObject schema,
            JsonObject options, String description, List<String> problems) {
        String id = string(template, "id", "template.json", problems);
        String name = string(template, "name", "template.json", problems);
        Map<String, String> programArgs = programArgs(template.get("programArgs"), problems);
        List<PatternMapping> patternMappings = new ArrayList<>();
        List<String> fileTypeNames = new ArrayList<>();
        for (JsonObject mapping : objects(template, "fileTypeMappings", problems)) {
            String languageId = string(mapping, "languageId", "a fileTypeMappings entry", problems);
            if (!(mapping.get("fileType") instanceof JsonObject fileType)) {
                problems.add("a fileTypeMappings entry has no \"fileType\" object (LSP4IJ throws): " + mapping);
                continue;
            }
            List<String> patterns = strings(fileType.get("patterns"), "fileType.patterns", problems);
            if (!patterns.isEmpty()) {
                patternMappings.add(new PatternMapping(patterns, languageId));
            }
            if (fileType.has("name")) {
                fileTypeNames.add(string(fileType, "name", "fileType", problems));
            }
        }
        List<LanguageMapping> languageMappings = new ArrayList<>();
        for (JsonObject mapping : objects(template, "languageMappings", problems)) {
            languageMappings.add(new LanguageMapping(string(mapping, "language", "a languageMappings entry", problems),
                    string(mapping, "languageId", "a languageMappings entry", problems)));
        }
        return new Lsp4ijTemplate(id, name, programArgs, patternMappings, fileTypeNames, languageMappings,
                settings, schema, options, description, List.copyOf(problems));
    }

    /** The command line LSP4IJ starts on {@code os} ("windows", "mac" or "unix"). */
    String commandLine(String os) {
        String args = programArgs.get(os);
        return args != null ? args : programArgs.get("default");
    }

    /** The OS key LSP4IJ uses on this machine. */
    static String currentOs() {
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        return os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "mac" : "unix";
    }

    /**
     * The argument list LSP4IJ builds from a command line (CommandUtils.createCommands): split at
     * spaces outside double quotes; the quotes themselves are dropped; empty parts are skipped.
     */
    static List<String> commands(String commandLine) {
        List<String> commands = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : commandLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                addPart(part, commands);
            } else {
                part.append(c);
            }
        }
        addPart(part, commands);
        return commands;
    }

    private static void addPart(StringBuilder part, List<String> commands) {
        String arg = part.toString().trim();
        if (!arg.isEmpty()) {
            commands.add(arg);
        }
        part.setLength(0);
    }

    /** The languageId a file name gets from the pattern mappings, if any pattern matches it. */
    Optional<String> languageIdFor(String fileName) {
        return patternMappings.stream()
                .filter(m -> m.patterns().stream().anyMatch(p -> FileNamePattern.matches(p, fileName)))
                .map(PatternMapping::languageId)
                .findFirst();
    }

    /** The value LSP4IJ answers workspace/configuration with: the object at the dotted section, or null. */
    static JsonObject findSettings(JsonObject settings, String section) {
        JsonObject current = settings;
        for (String part : section.split("[.]")) {
            if (!(current.get(part) instanceof JsonObject next)) {
                return null;
            }
            current = next;
        }
        return current;
    }

    private static Map<String, String> programArgs(JsonElement element, List<String> problems) {
        Map<String, String> args = new LinkedHashMap<>();
        if (!(element instanceof JsonObject object)) {
            problems.add("template.json: \"programArgs\" must be an object of OS → command (LSP4IJ throws otherwise), got "
                    + element);
            return args;
        }
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            if (entry.getValue() instanceof JsonPrimitive primitive && primitive.isString()) {
                args.put(entry.getKey(), primitive.getAsString());
            } else {
                problems.add("template.json: programArgs." + entry.getKey() + " must be a string, got " + entry.getValue());
            }
        }
        if (!args.containsKey("default")) {
            problems.add("template.json: programArgs has no \"default\" command");
        }
        return args;
    }

    private static List<JsonObject> objects(JsonObject parent, String key, List<String> problems) {
        List<JsonObject> objects = new ArrayList<>();
        JsonElement element = parent.get(key);
        if (element == null) {
            return objects;
        }
        if (!(element instanceof JsonArray array)) {
            problems.add("template.json: \"" + key + "\" must be an array, got " + element);
            return objects;
        }
        for (JsonElement item : array) {
            if (item instanceof JsonObject object) {
                objects.add(object);
            } else {
                problems.add("template.json: an entry of \"" + key + "\" is not an object: " + item);
            }
        }
        return objects;
    }

    private static List<String> strings(JsonElement element, String what, List<String> problems) {
        List<String> strings = new ArrayList<>();
        if (element == null) {
            return strings;
        }
        if (!(element instanceof JsonArray array)) {
            problems.add(what + " must be an array of strings, got " + element);
            return strings;
        }
        for (JsonElement item : array) {
            if (item instanceof JsonPrimitive primitive && primitive.isString()) {
                strings.add(primitive.getAsString());
            } else {
                problems.add(what + " holds a non-string: " + item);
            }
        }
        return strings;
    }

    private static String string(JsonObject object, String key, String where, List<String> problems) {
        if (object.get(key) instanceof JsonPrimitive primitive && primitive.isString()
                && !primitive.getAsString().isBlank()) {
            return primitive.getAsString();
        }
        problems.add(where + ": \"" + key + "\" must be a non-empty string, got " + object.get(key));
        return null;
    }

    private static Optional<JsonObject> object(Path folder, String file, List<String> problems) {
        return text(folder, file, problems).flatMap(text -> {
            try {
                JsonElement element = JsonParser.parseString(text);
                if (element.isJsonObject()) {
                    return Optional.of(element.getAsJsonObject());
                }
                problems.add(file + " is not a JSON object");
            } catch (JsonSyntaxException e) {
                problems.add(file + " is not JSON: " + e.getMessage());
            }
            return Optional.empty();
        });
    }

    private static Optional<String> text(Path folder, String file, List<String> problems) {
        Path path = folder.resolve(file);
        if (!Files.isRegularFile(path)) {
            problems.add("missing " + file);
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
