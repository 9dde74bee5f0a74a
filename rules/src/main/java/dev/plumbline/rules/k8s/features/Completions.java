package dev.plumbline.rules.k8s.features;

import dev.plumbline.features.CompletionCandidate;
import dev.plumbline.features.CompletionCandidate.Kind;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.syntax.k8s.schema.ApiKind;
import dev.plumbline.syntax.k8s.schema.CrdSchemas;
import dev.plumbline.syntax.k8s.schema.K8sSchema;
import dev.plumbline.syntax.k8s.schema.SchemaAssist;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completion candidates: the schema's keys (inserted with {@code :} and, for collections, a new
 * indented line), enum and boolean values, apiVersion and kind values, whole apiVersion/kind pairs
 * at the top of an empty document, and a container snippet inside a container list. Multi-line
 * insertions are written relative to the line's indentation, which editors add to every new line.
 */
final class Completions {

    private static final Set<String> SCALAR_LABELS = Set.of("string", "integer", "number", "boolean",
            "int-or-string", "quantity", "base64 string", "date-time", "any");
    private static final Set<String> CONTAINER_LISTS = Set.of("containers", "initContainers");
    /** A line holding at most a dash and the word being typed before the cursor. */
    private static final Pattern ITEM_START = Pattern.compile("(\\s*)(-\\s+)?([A-Za-z]*)");
    private static final Pattern KEY_LINE = Pattern.compile("(\\s*)(?:-\\s+)?([A-Za-z]+):\\s*(#.*)?");

    static final String CONTAINER_SNIPPET = """
            name: ${1:app}
              image: ${2:registry.example.com/app:1.0.0}
              ports:
                - containerPort: ${3:8080}
              resources:
                requests:
                  cpu: ${4:100m}
                  memory: ${5:128Mi}
                limits:
                  cpu: ${6:500m}
                  memory: ${7:256Mi}
              securityContext:
                runAsNonRoot: true
                allowPrivilegeEscalation: false
                readOnlyRootFilesystem: true
                capabilities:
                  drop: [ALL]$0""";

    private Completions() {
    }

    static List<CompletionCandidate> at(KubernetesFile file, TextDocument document, Position position) {
        return at(file, document, position, CrdSchemas.none());
    }

    /** @param otherCrds CRDs beyond the file's own, for custom resources */
    static List<CompletionCandidate> at(KubernetesFile file, TextDocument document, Position position,
            CrdSchemas otherCrds) {
        if (position.line() >= document.lineCount()) {
            return List.of();
        }
        String line = document.lineText(position.line());
        int cursor = Math.min(position.character(), line.length());
        Range word = wordAt(line, position.line(), cursor);
        List<CompletionCandidate> out = new ArrayList<>();
        boolean rootKeysOnly = false;
        List<SchemaAssist.Completion> schema = SchemaAssist.complete(file, position, otherCrds);
        for (SchemaAssist.Completion completion : schema) {
            out.add(candidate(completion, word));
        }
        if (schema.size() == 2 && schema.stream().allMatch(c -> c.kind() == SchemaAssist.Completion.Kind.FIELD)
                && schema.get(0).label().equals("apiVersion") && schema.get(1).label().equals("kind")
                && word.start().character() == 0) {
            rootKeysOnly = true;
        }
        if (rootKeysOnly) {
            out.addAll(kindPairs(word));
        }
        containerSnippet(document, position.line(), line.substring(0, cursor), word).ifPresent(out::add);
        // the text after the cursor is overwritten only when the editor is set to replace
        Position at = Position.of(position.line(), cursor);
        return out.stream().map(candidate -> candidate.insertingUpTo(at)).toList();
    }

    private static CompletionCandidate candidate(SchemaAssist.Completion completion, Range word) {
        return switch (completion.kind()) {
            case FIELD -> {
                String detail = completion.detail() + (completion.required() ? " · required" : "");
                yield new CompletionCandidate(completion.label(), Kind.PROPERTY, detail, completion.documentation(),
                        keySnippet(completion.label(), completion.detail()), true, word);
            }
            case VALUE -> CompletionCandidate.plain(completion.label(), Kind.ENUM_MEMBER, completion.detail(),
                    completion.documentation(), word);
            case API_VERSION, KIND -> CompletionCandidate.plain(completion.label(), Kind.VALUE, completion.detail(),
                    completion.documentation(), word);
        };
    }

    /** {@code key: } for scalars; for collections the key, then a new line indented below it. */
    static String keySnippet(String key, String typeLabel) {
        String name = key.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}");
        if (SCALAR_LABELS.contains(typeLabel)) {
            return name + ": $0";
        }
        if (typeLabel.startsWith("[]")) {
            return name + ":\n  - $0";
        }
        return name + ":\n  $0";
    }

    /** One candidate per served kind at its preferred (stable, newest) apiVersion, writing both keys and a name. */
    private static List<CompletionCandidate> kindPairs(Range word) {
        List<ApiKind> kinds = new ArrayList<>(K8sSchema.builtin().kinds());
        kinds.sort(Comparator.comparing(ApiKind::kind).thenComparing(k -> !k.isStable())
                .thenComparing(ApiKind::apiVersion, Comparator.reverseOrder()));
        List<CompletionCandidate> out = new ArrayList<>();
        String previous = "";
        for (ApiKind kind : kinds) {
            if (kind.kind().equals(previous) || kind.kind().endsWith("List")) {
                continue;
            }
            previous = kind.kind();
            String text = "apiVersion: " + kind.apiVersion() + "\nkind: " + kind.kind() + "\nmetadata:\n  name: ${1:name}\n$0";
            out.add(new CompletionCandidate(kind.kind() + " (" + kind.apiVersion() + ")", Kind.SNIPPET,
                    "apiVersion and kind", kind.type().description(), text, true, word));
        }
        return out;
    }

    /** The container snippet when the cursor starts an item (or a line) directly inside a container list. */
    private static java.util.Optional<CompletionCandidate> containerSnippet(TextDocument document, int lineNumber,
            String before, Range word) {
        Matcher item = ITEM_START.matcher(before);
        if (!item.matches()) {
            return java.util.Optional.empty();
        }
        boolean dash = item.group(2) != null;
        int column = item.group(1).length();
        for (int l = lineNumber - 1; l >= 0 && lineNumber - l < 200; l--) {
            String text = document.lineText(l);
            if (text.isBlank() || text.strip().startsWith("#")) {
                continue;
            }
            int indent = text.length() - text.stripLeading().length();
            if (indent > column || (indent == column && !text.stripLeading().startsWith("- ") && !dash)) {
                continue;
            }
            if (indent == column && text.stripLeading().startsWith("- ")) {
                continue; // a sibling item: keep looking for the list's key
            }
            Matcher key = KEY_LINE.matcher(text);
            if (key.matches() && CONTAINER_LISTS.contains(key.group(2))) {
                String snippet = (dash ? "" : "- ") + CONTAINER_SNIPPET;
                return java.util.Optional.of(new CompletionCandidate("container", Kind.SNIPPET,
                        "name, image, port, resources, securityContext",
                        "A container with pinned image, resource requests and limits and a hardened securityContext.",
                        snippet, true, word));
            }
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    /** The word being typed around the cursor: letters, digits and {@code . _ / -}, not starting with a dash. */
    static Range wordAt(String line, int lineNumber, int cursor) {
        int start = cursor;
        while (start > 0 && isWordChar(line.charAt(start - 1))) {
            start--;
        }
        while (start < cursor && line.charAt(start) == '-') {
            start++;
        }
        int end = cursor;
        while (end < line.length() && isWordChar(line.charAt(end))) {
            end++;
        }
        return Range.of(lineNumber, start, lineNumber, end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '/' || c == '-';
    }
}
