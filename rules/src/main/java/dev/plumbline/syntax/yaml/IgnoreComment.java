package dev.plumbline.syntax.yaml;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our suppression comment, {@code # plumbline [global] ignore=<id>[,<id>] [reason]}, read from a
 * comment's text.
 *
 * @param global true for {@code plumbline global ignore=}
 * @param ids the ids named, in order
 * @param idsEnd where the id list ends in the comment's text (after the {@code #}), for appending
 */
record IgnoreComment(boolean global, Set<String> ids, int idsEnd) {

    private static final Pattern PATTERN = Pattern.compile(
            "^\\s*plumbline\\s+(global\\s+)?ignore\\s*=\\s*([^\\s,]+(?:\\s*,\\s*[^\\s,]+)*)(?:\\s.*)?$");

    static Optional<IgnoreComment> parse(String commentText) {
        Matcher m = PATTERN.matcher(commentText);
        if (!m.matches()) {
            return Optional.empty();
        }
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(m.group(2).split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(ids::add);
        return Optional.of(new IgnoreComment(m.group(1) != null, ids, m.end(2)));
    }
}
