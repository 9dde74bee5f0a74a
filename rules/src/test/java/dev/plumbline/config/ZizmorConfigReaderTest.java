package dev.plumbline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.PeerId;
import dev.plumbline.testing.MarkedSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code zizmor.yml} read into our terms, and every malformed value reported where it is. */
class ZizmorConfigReaderTest {

    private static final String ZIZMOR = """
            rules:
              template-injection:
                disable: true
              artipacked:
                disable: false
              dangerous-triggers:
                ignore:
                  - pr-target.yml
                  - release.yml:12
                  - ci.yml:7:15
              unpinned-uses:
                config:
                  policies:
                    "*": ref-pin
              forbidden-uses:
                config:
                  deny: ["evil/*", "bad/action"]
              dependabot-cooldown:
                config:
                  days: 14
            """;

    @Test
    void readsEveryMappingIntoOurTerms() {
        LoadedConfig loaded = ZizmorConfigReader.read(ZIZMOR);
        assertEquals(List.of(), loaded.problems());
        Config config = loaded.config();
        assertEquals(Map.of("template-injection", RuleSetting.OFF), config.rules(), "disable: false changes nothing");
        assertEquals(List.of(
                new PeerIgnore(PeerId.ZIZMOR, "dangerous-triggers", "pr-target.yml", 0, 0),
                new PeerIgnore(PeerId.ZIZMOR, "dangerous-triggers", "release.yml", 12, 0),
                new PeerIgnore(PeerId.ZIZMOR, "dangerous-triggers", "ci.yml", 7, 15)), config.peerIgnores());
        assertEquals(Map.of("gha.actionPinning", "tag", "gha.deniedActions", List.of("evil/*", "bad/action"),
                "gha.dependabotCooldownDays", "14"), config.options());
    }

    @Test
    void hashPinIsShaAndAnyTurnsTheUnpinnedUsesRulesOff() {
        assertEquals("sha", ZizmorConfigReader.read(policies("\"*\": hash-pin")).config()
                .stringOption("gha.actionPinning").orElseThrow());
        Config any = ZizmorConfigReader.read(policies("\"*\": any")).config();
        assertEquals(Map.of("unpinned-uses", RuleSetting.OFF), any.rules());
        assertTrue(any.options().isEmpty());
    }

    @Test
    void policiesForOtherPatternsAreReportedOnceAndTheStarStillApplies() {
        MarkedSource source = MarkedSource.parse("""
                rules:
                  unpinned-uses:
                    config:
                      policies:
                        «actions/*»: any
                        "*": hash-pin
                        github/*: ref-pin
                        "x/*": «sometimes»
                """);
        LoadedConfig loaded = ZizmorConfigReader.read(source.text());
        assertEquals(source.ranges(), loaded.problems().stream().map(ConfigProblem::range).toList());
        assertTrue(loaded.problems().get(0).message().contains("the policies for actions/*, github/* are not honoured"),
                loaded.problems().get(0).message());
        assertEquals("The policy for \"x/*\" must be hash-pin, ref-pin or any; it is ignored.",
                loaded.problems().get(1).message());
        assertEquals(Map.of("gha.actionPinning", "sha"), loaded.config().options());
    }

    @Test
    void allowListBecomesAllowedActions() {
        Config config = ZizmorConfigReader.read("""
                rules:
                  forbidden-uses:
                    config:
                      allow:
                        - actions/*
                        - github/codeql-action/*
                """).config();
        assertEquals(List.of("actions/*", "github/codeql-action/*"), config.options().get("gha.allowedActions"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "91", "-3", "seven", "[7]", "7.5", "99999999999"})
    void badCooldownDaysAreReportedAndIgnored(String days) {
        LoadedConfig loaded = ZizmorConfigReader.read("rules:\n  dependabot-cooldown:\n    config:\n      days: " + days + "\n");
        assertEquals(1, loaded.problems().size(), days);
        assertTrue(loaded.problems().get(0).message().contains("from 1 to 90"), loaded.problems().get(0).message());
        assertTrue(loaded.config().options().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ci.yml:", "ci.yml:x", "ci.yml:0", "ci.yml:3:0", "ci.yml:1:2:3", ".github/workflows/ci.yml", ":4"})
    void malformedIgnoreEntriesAreReported(String entry) {
        LoadedConfig loaded = ZizmorConfigReader.read("rules:\n  artipacked:\n    ignore: [\"" + entry + "\", ok.yml]\n");
        assertEquals(1, loaded.problems().size(), entry);
        assertTrue(loaded.problems().get(0).message().startsWith("\"" + entry + "\" in rules.artipacked.ignore"),
                loaded.problems().get(0).message());
        assertEquals(List.of(new PeerIgnore(PeerId.ZIZMOR, "artipacked", "ok.yml", 0, 0)), loaded.config().peerIgnores());
    }

    @Test
    void aMalformedIgnoreEntryIsReportedOnItself() {
        MarkedSource source = MarkedSource.parse("""
                rules:
                  artipacked:
                    ignore:
                      - ci.yml:3
                      - «ci.yml:three»
                """);
        LoadedConfig loaded = ZizmorConfigReader.read(source.text());
        assertEquals(source.ranges(), loaded.problems().stream().map(ConfigProblem::range).toList());
        assertEquals(List.of(new PeerIgnore(PeerId.ZIZMOR, "artipacked", "ci.yml", 3, 0)), loaded.config().peerIgnores());
    }

    @Test
    void unknownKeysAndWrongTypesAreReportedWhereTheyAreAndTheRestApplies() {
        MarkedSource source = MarkedSource.parse("""
                «min-severity»: high
                rules:
                  «no-such-audit»:
                    disable: true
                  template-injection:
                    disable: «yes please»
                  artipacked:
                    «ignored»: [x.yml]
                    ignore: «{a: b}»
                  github-env:
                    config:
                      «policies»: {}
                  excessive-permissions: «[1, 2]»
                  secrets-inherit:
                    disable: true
                """);
        LoadedConfig loaded = ZizmorConfigReader.read(source.text());
        assertEquals(source.ranges(), loaded.problems().stream().map(ConfigProblem::range).toList(),
                loaded.problems().toString());
        assertEquals("\"no-such-audit\" is not a zizmor audit Plumbline knows; it is ignored.",
                loaded.problems().get(1).message());
        assertEquals(Map.of("secrets-inherit", RuleSetting.OFF), loaded.config().rules());
        assertTrue(loaded.config().peerIgnores().isEmpty());
    }

    @Test
    void aRepeatedAuditIsReportedAndTheFirstWins() {
        MarkedSource source = MarkedSource.parse("""
                rules:
                  artipacked:
                    disable: true
                  «artipacked»:
                    disable: false
                """);
        LoadedConfig loaded = ZizmorConfigReader.read(source.text());
        assertEquals(source.ranges(), loaded.problems().stream().map(ConfigProblem::range).toList());
        assertEquals(RuleSetting.OFF, loaded.config().rules().get("artipacked"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rules: [unclosed\n", "- a\n- b\n", "rules: 3\n", "\0\1\2\u00ff\ufffe binary", "&a [*a, *a]\n",
            "rules:\n  artipacked: true\n", "rules:\n  ? [a, b]\n  : x\n", "{{ template }}\n"})
    void garbageIsAProblemNeverACrashAndAnEmptyLayer(String text) {
        LoadedConfig loaded = ZizmorConfigReader.read(text);
        assertTrue(loaded.config().rules().isEmpty() && loaded.config().options().isEmpty()
                && loaded.config().peerIgnores().isEmpty(), text);
        assertEquals(1, loaded.problems().size(), () -> text + " " + loaded.problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "# only a comment\n", "rules:\n", "rules: {}\n", "rules:\n  artipacked:\n"})
    void emptyFilesAndSectionsAreFine(String text) {
        LoadedConfig loaded = ZizmorConfigReader.read(text);
        assertEquals(List.of(), loaded.problems());
        assertTrue(loaded.config().rules().isEmpty() && loaded.config().peerIgnores().isEmpty());
    }

    @Test
    void aHugeFileIsNotRead() {
        LoadedConfig loaded = ZizmorConfigReader.read("rules:\n  artipacked:\n    disable: true\n" + "#".repeat(2 * 1024 * 1024));
        assertEquals(1, loaded.problems().size());
        assertTrue(loaded.config().rules().isEmpty());
    }

    private static String policies(String entry) {
        return "rules:\n  unpinned-uses:\n    config:\n      policies:\n        " + entry + "\n";
    }
}
