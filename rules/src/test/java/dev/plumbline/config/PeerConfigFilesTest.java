package dev.plumbline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.testing.CorpusWorkspace;
import dev.plumbline.text.TextDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * zizmor's and actionlint's configuration files: where they are found, how they lie under
 * {@code .plumbline.yaml}, and what they do to a workflow's findings.
 */
class PeerConfigFilesTest {

    @TempDir
    Path repo;

    private static final String WORKFLOW = """
            on: push
            permissions: {}
            jobs:
              build:
                runs-on: ubuntu-latest
                timeout-minutes: 5
                steps:
                  - uses: actions/checkout@v4
                    with:
                      persist-credentials: false
                  - uses: actions/setup-node@v4
            """;

    private Path workflow() throws IOException {
        Path dir = Files.createDirectories(repo.resolve(".github/workflows"));
        return Files.writeString(dir.resolve("ci.yml"), WORKFLOW);
    }

    private ResolvedConfig resolve(Path file) {
        return BuiltinRules.configResolver().resolve(file, repo);
    }

    @Test
    void zizmorIsFoundAtTheRootOrInDotGithubAndTheNearestWins() throws IOException {
        Path ci = workflow();
        Files.writeString(repo.resolve("zizmor.yml"), "rules:\n  artipacked:\n    disable: true\n");
        assertEquals(Map.of("artipacked", RuleSetting.OFF), resolve(ci).config().rules());

        // zizmor looks in a folder and its .github/ child, from the file's folder up: .github/ comes first here
        Files.writeString(repo.resolve(".github/zizmor.yaml"), "rules:\n  github-env:\n    disable: true\n");
        assertEquals(Map.of("github-env", RuleSetting.OFF), resolve(ci).config().rules());
        assertTrue(resolve(ci).configFile().isEmpty(), "a peer file is not our configuration file");
    }

    @Test
    void actionlintIsFoundInDotGithubOnly() throws IOException {
        Path ci = workflow();
        Files.writeString(repo.resolve("actionlint.yaml"), "self-hosted-runner:\n  labels: [root]\n");
        assertTrue(resolve(ci).config().options().isEmpty(), "actionlint reads .github/actionlint.yaml only");
        Files.writeString(repo.resolve(".github/actionlint.yml"), "self-hosted-runner:\n  labels: [gpu]\n");
        assertEquals(List.of("gpu"), resolve(ci).config().options().get("gha.runnerLabels"));
    }

    @Test
    void peerFilesAboveTheBoundaryAreNotRead() throws IOException {
        Files.writeString(repo.resolve("zizmor.yml"), "rules:\n  artipacked:\n    disable: true\n");
        Files.createDirectories(repo.resolve(".github"));
        Files.writeString(repo.resolve(".github/actionlint.yaml"), "self-hosted-runner:\n  labels: [gpu]\n");
        Path inner = Files.createDirectories(repo.resolve("inner/.github/workflows"));
        Path ci = Files.writeString(inner.resolve("ci.yml"), WORKFLOW);
        ResolvedConfig resolved = BuiltinRules.configResolver().resolve(ci, repo.resolve("inner"));
        assertTrue(resolved.config().rules().isEmpty() && resolved.config().options().isEmpty());
    }

    @Test
    void plumblineYamlWinsOverThePeersAndTheirListsAreReplacedNotMerged() throws IOException {
        Path ci = workflow();
        Files.writeString(repo.resolve("zizmor.yml"), """
                rules:
                  template-injection:
                    disable: true
                  unpinned-uses:
                    config:
                      policies:
                        "*": ref-pin
                  forbidden-uses:
                    config:
                      deny: [evil/*]
                """);
        Files.writeString(repo.resolve(".github/actionlint.yaml"), "self-hosted-runner:\n  labels: [gpu, arm]\n");
        Files.writeString(repo.resolve(".plumbline.yaml"), """
                rules:
                  gha/template-injection: error
                gha:
                  actionPinning: sha
                  runnerLabels: [mine]
                """);
        Config config = resolve(ci).config();
        assertEquals("sha", config.stringOption("gha.actionPinning").orElseThrow());
        assertEquals(List.of("mine"), config.options().get("gha.runnerLabels"));
        assertEquals(List.of("evil/*"), config.options().get("gha.deniedActions"), "what ours does not set stays");
        String injection = """
                on: issues
                permissions: {}
                jobs:
                  a:
                    runs-on: ubuntu-latest
                    timeout-minutes: 5
                    steps:
                      - run: echo "${{ github.event.issue.title }}"
                """;
        List<Finding> findings = analyze(injection, config);
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("gha/template-injection")
                && f.severity() == dev.plumbline.engine.Severity.ERROR), findings.toString());
    }

    @Test
    void disablingAnAuditTurnsOffEveryRuleAliasedToIt() {
        Config config = ZizmorConfigReader.read("rules:\n  unpinned-uses:\n    disable: true\n").config();
        String source = WORKFLOW + "      - uses: actions/cache@main\n";
        assertTrue(ruleIds(analyze(source, Config.DEFAULT)).containsAll(List.of("gha/unpinned-action", "gha/action-branch-ref")));
        List<String> left = ruleIds(analyze(source, config));
        assertTrue(!left.contains("gha/unpinned-action") && !left.contains("gha/action-branch-ref"), left.toString());
    }

    @Test
    void anyForEveryActionTurnsTheUnpinnedRulesOff() {
        Config config = ZizmorConfigReader.read(
                "rules:\n  unpinned-uses:\n    config:\n      policies:\n        \"*\": any\n").config();
        assertTrue(!ruleIds(analyze(WORKFLOW, config)).contains("gha/unpinned-action"));
    }

    @Test
    void anIgnoreEntrySuppressesExactlyTheFindingsItNames() {
        List<Finding> all = unpinned(analyze(WORKFLOW, Config.DEFAULT));
        assertEquals(2, all.size(), all.toString());
        Finding checkout = all.get(0);
        Finding setupNode = all.get(1);
        int line = checkout.range().start().line() + 1;
        int column = checkout.range().start().character() + 1;

        assertEquals(List.of(setupNode), unpinned(analyze(WORKFLOW, ignoring("ci.yml:" + line))), "that line only");
        assertEquals(List.of(setupNode), unpinned(analyze(WORKFLOW, ignoring("ci.yml:" + line + ":" + column))),
                "a finding starting there");
        assertEquals(all, unpinned(analyze(WORKFLOW, ignoring("ci.yml:" + line + ":" + (column + 1)))),
                "not one starting elsewhere on the line");
        assertEquals(List.of(), unpinned(analyze(WORKFLOW, ignoring("ci.yml"))), "the whole file");
        assertEquals(all, unpinned(analyze(WORKFLOW, ignoring("release.yml"))), "another file");
        Config otherAudit = ZizmorConfigReader.read("rules:\n  artipacked:\n    ignore: [ci.yml]\n").config();
        assertEquals(all, unpinned(analyze(WORKFLOW, otherAudit)), "another audit");
    }

    @Test
    void ignoreEntriesFollowTheSwitchForPeerSuppressionsOnly() {
        List<Finding> all = unpinned(analyze(WORKFLOW, Config.DEFAULT));
        Config noPeers = new Config(Map.of(), List.of(), null, false, Map.of());
        Config noInline = new Config(Map.of(), List.of(), false, null, Map.of());
        assertEquals(all, unpinned(analyze(WORKFLOW, ignoring("ci.yml").overriddenBy(noPeers))));
        assertEquals(List.of(), unpinned(analyze(WORKFLOW, ignoring("ci.yml").overriddenBy(noInline))),
                "a config file's ignore list is not an inline suppression");
    }

    @Test
    void anIgnoreEntryReachesTheFindingsThroughTheResolver() throws IOException {
        Path ci = workflow();
        Files.writeString(repo.resolve(".github/zizmor.yml"), "rules:\n  unpinned-uses:\n    ignore: [ci.yml]\n");
        ResolvedConfig resolved = resolve(ci);
        List<Finding> findings = new Analyzer(BuiltinRules.registry()).analyze(
                TextDocument.of(ci.toUri().toString(), WORKFLOW), resolved.analysisPath(ci), resolved.config(),
                Cancellation.NONE).findings();
        assertEquals(List.of(), unpinned(findings));
    }

    @Test
    void whatCannotBeHonouredIsReportedOnThePeerFileItself() {
        Analyzer analyzer = new Analyzer(BuiltinRules.registry());
        String zizmor = "rules:\n  no-such-audit:\n    disable: true\n  artipacked:\n    disable: true\n";
        List<Finding> onZizmor = analyzer.analyze(TextDocument.of("file:///repo/.github/zizmor.yml", zizmor),
                ".github/zizmor.yml", Config.DEFAULT, Cancellation.NONE).findings();
        assertEquals(List.of("plumbline/config 2:3-2:16"),
                onZizmor.stream().map(f -> f.ruleId() + " " + f.range()).toList());
        String actionlint = "paths:\n  .github/workflows/*.yml:\n    ignore: [x]\n";
        List<Finding> onActionlint = analyzer.analyze(TextDocument.of("file:///repo/.github/actionlint.yaml", actionlint),
                ".github/actionlint.yaml", Config.DEFAULT, Cancellation.NONE).findings();
        assertEquals(List.of("plumbline/config 1:1-1:6"),
                onActionlint.stream().map(f -> f.ruleId() + " " + f.range()).toList());
        assertEquals(List.of(), analyzer.analyze(TextDocument.of("file:///repo/zizmor.yml", ZIZMOR_OK), "zizmor.yml",
                Config.DEFAULT, Cancellation.NONE).findings());
    }

    private static final String ZIZMOR_OK = "rules:\n  unpinned-uses:\n    config:\n      policies:\n        \"*\": hash-pin\n";

    @Test
    void anyRealWorldYamlIsReadWithoutAnException() throws IOException {
        Optional<Path> corpus = CorpusWorkspace.locate();
        Assumptions.assumeTrue(corpus.isPresent(), "shared corpus not found");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus.get())) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).toList();
        }
        assertTrue(!files.isEmpty());
        for (Path file : files) {
            // other tools' files are garbage to these readers: problems, never exceptions
            String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
            ZizmorConfigReader.read(text);
            ActionlintConfigReader.read(text);
        }
    }

    private static Config ignoring(String entry) {
        return ZizmorConfigReader.read("rules:\n  unpinned-uses:\n    ignore: [\"" + entry + "\"]\n").config();
    }

    private static List<Finding> analyze(String source, Config config) {
        return new Analyzer(BuiltinRules.registry()).analyze(
                TextDocument.of("file:///repo/.github/workflows/ci.yml", source), ".github/workflows/ci.yml", config,
                Cancellation.NONE).findings();
    }

    private static List<Finding> unpinned(List<Finding> findings) {
        return findings.stream().filter(f -> f.ruleId().equals("gha/unpinned-action")).toList();
    }

    private static List<String> ruleIds(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }
}
