package dev.plumbline.rules.gha.support;

import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.yaml.YamlComment;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version a {@code uses:} ref stands for: the major of a version tag ({@code @v4}, {@code @v4.2.1},
 * {@code @1.2}), or, for a full commit SHA, of the version comment after it ({@code @<sha> # v4.2.2}).
 * Branches, short SHAs and SHAs without a comment have none. Build one per rule run: it indexes the
 * file's trailing comments once.
 */
public final class ActionVersions {

    private static final Pattern MAJOR = Pattern.compile("[vV]?(\\d{1,4})(?:\\.\\d+){0,3}(?:-[0-9A-Za-z.-]+)?");
    private static final Pattern COMMENT_VERSION =
            Pattern.compile("^\\s*(?:(?:tag|version|ratchet:[^\\s]*@)[=:]?\\s*)?([vV]?\\d{1,4}(?:\\.\\d+){0,3}(?:-[0-9A-Za-z.-]+)?)\\b");

    private final Map<Integer, YamlComment> trailing = new HashMap<>();

    private ActionVersions(WorkflowFile file) {
        for (YamlComment comment : file.yaml().comments()) {
            if (comment.trailing()) {
                trailing.put(comment.line(), comment);
            }
        }
    }

    public static ActionVersions of(WorkflowFile file) {
        return new ActionVersions(file);
    }

    /** The version text the ref stands for: the tag itself, or a SHA's version comment. */
    public Optional<String> version(UsesRef uses) {
        Optional<String> ref = uses.ref();
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        if (uses.isVersionTag()) {
            return ref;
        }
        if (uses.isFullSha()) {
            return versionComment(uses);
        }
        return Optional.empty();
    }

    /** The major version the ref stands for. */
    public OptionalInt major(UsesRef uses) {
        Optional<String> version = version(uses);
        if (version.isEmpty()) {
            return OptionalInt.empty();
        }
        Matcher m = MAJOR.matcher(version.get());
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The version written in a trailing comment on the {@code uses:} line ({@code # v4.2.2}, {@code # tag=v4}). */
    public Optional<String> versionComment(UsesRef uses) {
        if (uses.scalar().isEmpty()) {
            return Optional.empty();
        }
        YamlComment comment = trailing.get(uses.range().end().line());
        if (comment == null) {
            return Optional.empty();
        }
        Matcher m = COMMENT_VERSION.matcher(comment.text());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** True when the {@code uses:} line has a trailing comment at all. */
    public boolean hasComment(UsesRef uses) {
        return uses.scalar().isPresent() && trailing.containsKey(uses.range().end().line());
    }
}
