package dev.plumbline.syntax.gha;

import static dev.plumbline.syntax.gha.Parsed.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.testing.MarkedSource;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsesRefTest {

    /** value | kind | owner | repo | path | ref (empty cells: absent). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "actions/checkout@v4                                  | REMOTE_ACTION   | actions | checkout     | -                               | v4",
        "github/codeql-action/init@v3                         | REMOTE_ACTION   | github  | codeql-action| init                            | v3",
        "owner/repo/a/b/c@main                                | REMOTE_ACTION   | owner   | repo         | a/b/c                           | main",
        "octo/wf/.github/workflows/build.yml@v1               | REMOTE_WORKFLOW | octo    | wf           | .github/workflows/build.yml     | v1",
        "octo/wf/.github/workflows/build.yaml@abc             | REMOTE_WORKFLOW | octo    | wf           | .github/workflows/build.yaml    | abc",
        "octo/wf/.github/workflows/sub/build.yml@v1           | REMOTE_ACTION   | octo    | wf           | .github/workflows/sub/build.yml | v1",
        "actions/checkout                                     | REMOTE_ACTION   | actions | checkout     | -                               | -",
        "actions/checkout@                                    | REMOTE_ACTION   | actions | checkout     | -                               | ''",
        "checkout@v4                                          | REMOTE_ACTION   | -       | -            | -                               | v4",
        "actions/@v4                                          | REMOTE_ACTION   | actions | -            | -                               | v4",
        "./.github/actions/setup                              | LOCAL_ACTION    | -       | -            | .github/actions/setup           | -",
        "./                                                   | LOCAL_ACTION    | -       | -            | ''                              | -",
        "./.github/workflows/reusable.yml                     | LOCAL_WORKFLOW  | -       | -            | .github/workflows/reusable.yml  | -",
        "$/.github/actions/x                                  | LOCAL_ACTION    | -       | -            | .github/actions/x               | -",
        "$/.github/workflows/w.yaml                           | LOCAL_WORKFLOW  | -       | -            | .github/workflows/w.yaml        | -",
        "docker://alpine:3.20                                 | DOCKER          | -       | -            | -                               | -",
        "Docker://ghcr.io/o/i@sha256:abc                      | DOCKER          | -       | -            | -                               | sha256:abc",
    })
    void parsesTheDocumentedForms(String value, UsesRef.Kind kind, String owner, String repo, String path, String ref) {
        UsesRef uses = UsesRef.parse(value);
        assertEquals(kind, uses.kind());
        assertEquals(Optional.ofNullable(owner), uses.owner());
        assertEquals(Optional.ofNullable(repo), uses.repo());
        assertEquals(Optional.ofNullable(path), uses.path());
        assertEquals(Optional.ofNullable(ref), uses.ref());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"./a, false", "$/a, true", "o/r@v1, false"})
    void selfRepositoryReferences(String value, boolean self) {
        assertEquals(self, UsesRef.parse(value).isSelfRepository());
    }

    /** ref | full SHA | version tag | short SHA. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "8e5e7e5ab8b370d6c329ec480221332ada57f0ab | true  | false | false",
        "8E5E7E5AB8B370D6C329EC480221332ADA57F0AB | true  | false | false",
        "8e5e7e5ab8b370d6c329ec480221332ada57f0a  | false | false | true",
        "8e5e7e5                                  | false | false | true",
        "1234567                                  | false | true  | false",
        "v4                                       | false | true  | false",
        "v4.1.2                                   | false | true  | false",
        "1.2                                      | false | true  | false",
        "V3                                       | false | true  | false",
        "v2.0.0-rc.1                              | false | true  | false",
        "main                                     | false | false | false",
        "release/v1                               | false | false | false",
        "v4.x                                     | false | false | false",
        "latest                                   | false | false | false",
    })
    void classifiesRefs(String ref, boolean fullSha, boolean versionTag, boolean shortSha) {
        UsesRef uses = UsesRef.parse("o/r@" + ref);
        assertEquals(fullSha, uses.isFullSha(), "full SHA");
        assertEquals(versionTag, uses.isVersionTag(), "version tag");
        assertEquals(shortSha, uses.isShortSha(), "short SHA");
    }

    /** The ref's range is exact in every scalar style. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "plain         | '      - uses: actions/checkout@«v4»'",
        "single quoted | '      - uses: ''actions/checkout@«v4»'''",
        "double quoted | '      - uses: \"actions/checkout@«v4»\"'",
        "escapes       | '      - uses: \"actions/checkout\\x40«v\\u0034»\"'",
        "comment after | '      - uses: actions/checkout@«v4» # v4.2.2'",
        "emoji before  | '      - {name: 😀, uses: o/r@«main»}'",
    })
    void refRangeIsExact(String name, String step) {
        MarkedSource src = MarkedSource.parse("jobs:\n  a:\n    steps:\n" + step + "\n");
        UsesRef uses = workflow(src.text()).uses().get(0);
        assertEquals(src.ranges().get(0), uses.refRange().orElseThrow());
    }
}
