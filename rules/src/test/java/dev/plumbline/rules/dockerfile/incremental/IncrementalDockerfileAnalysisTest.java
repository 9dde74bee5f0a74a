package dev.plumbline.rules.dockerfile.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.plumbline.config.Config;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Language;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An analysis that starts from the previous one (re-parsing the touched instructions, re-checking only
 * the touched stages with the part-local rules) finds exactly what a fresh analysis finds, fixes
 * included, after random edits anywhere: in stages, across stage boundaries, in FROM lines, global
 * ARGs, directives and comments (suppressions and shell comments among them).
 */
class IncrementalDockerfileAnalysisTest {

    private static final RuleRegistry REGISTRY = BuiltinRules.registry();
    private static final Analyzer ANALYZER = new Analyzer(REGISTRY, message -> {
        throw new AssertionError(message);
    });
    /** Every Dockerfile rule on, those off by default too, so every part-local rule is exercised. */
    private static final Config ALL_RULES = allRules();

    /** What edits insert: what changes how lines group into instructions and stages, and what rules read. */
    private static final String[] PIECES = {
        "\n", "\n", "\n\n", "\r\n", " ", "\t", "\\", "\\\n", "x", "1", "RUN ", "FROM ", "FROM alpine AS b\n",
        "FROM b\n", "FROM build\n", "FROM ${BASE} AS x\n", "FROM ${NOPE}-slim\n", " AS build", "AS Build",
        "COPY --from=b /a /b\n", "COPY --from=build / /\n", "ARG V=1\n", "ARG BASE=alpine:3.19\n", "ARG V\n",
        "ENV E=$V\n", "ENV PIP_NO_CACHE_DIR=1\n", "# c\n", "#", "# escape=`\n", "# syntax=docker/dockerfile:1\n",
        "# hadolint ignore=DL3008,DL3015\n", "# plumbline ignore=sudo\n", "# plumbline stage ignore=latest-tag\n",
        "# hadolint global ignore=DL3007\n", "# hadolint shell=pwsh\n", "# check=skip=JSONArgsRecommended\n",
        "<<EOF\n", "EOF\n", "RUN <<EOF\napt-get install curl\nEOF\n", "USER root\n", "USER app\n", "USER 1000\n",
        "SHELL [\"pwsh\", \"-c\"]\n", "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n", "CMD x\n",
        "ENTRYPOINT y\n", "CMD [\"a\"]\n", "EXPOSE 80\n", "HEALTHCHECK CMD true\n", "WORKDIR /app\n", "COPY . .\n",
        "COPY app.tar.gz /x/\n", "RUN apt-get install -y curl\n", "RUN sudo pip install x && cd /y\n",
        "RUN curl http://x | sh\n", "LABEL a=b\n", "ONBUILD RUN x\n", "LABEL v={{ .V }}\n", "{{", ":latest", "@sha256:", "$V", "${", "}", "\"",
    };

    @Test
    void randomEditsOfTheMultiStageSampleFindWhatAFreshAnalysisFinds() {
        Random random = new Random(5);
        for (int round = 0; round < 20; round++) {
            String start = round % 2 == 0 ? DockerfileSamples.MULTI_STAGE : DockerfileSamples.MULTI_STAGE.replace("\n", "\r\n");
            editRandomly("multi-stage round " + round, start, 30, random, round % 3 == 0 ? Config.DEFAULT : ALL_RULES);
            editRandomly("template round " + round, DockerfileSamples.TEMPLATE, 10, random, ALL_RULES);
        }
    }

    @Test
    void randomEditsOfEverySampleFindWhatAFreshAnalysisFinds() {
        Random random = new Random(17);
        for (DockerfileSamples.Sample sample : DockerfileSamples.all()) {
            editRandomly(sample.name(), sample.text(), 6, random, ALL_RULES);
        }
    }

    @Test
    void anEditInOneStageRecomputesOnlyThatStage() {
        StringBuilder text = new StringBuilder("ARG BASE=debian:bookworm\n");
        for (int i = 0; i < 50; i++) {
            text.append("FROM ${BASE} AS s").append(i).append('\n')
                    .append("RUN apt-get install curl && sudo make\n")
                    .append("COPY . .\n\n");
        }
        TextDocument document = TextDocument.of("file:///w/Dockerfile", "dockerfile", 1, text.toString());
        AnalysisResult first = ANALYZER.analyze(document, "Dockerfile", Config.DEFAULT, null, null, Cancellation.NONE);
        // type into the RUN of stage 10 (line 1 + 4 * 10 + 1)
        TextDocument edited = document.applyChanges(List.of(new TextEdit(Range.of(42, 4, 42, 4), "x")), 2);
        AnalysisResult second = ANALYZER.analyze(edited, "Dockerfile", Config.DEFAULT, null, first, Cancellation.NONE);
        AnalysisResult fresh = ANALYZER.analyze(edited, "Dockerfile", Config.DEFAULT, null, null, Cancellation.NONE);
        assertEquals(render(fresh.findings()), render(second.findings()));
        // the cached findings of the other stages are the very same objects: nothing re-ran there
        long kept = second.findings().stream().filter(f -> first.findings().stream().anyMatch(g -> g == f)).count();
        long local = fresh.findings().stream().filter(f -> LocalRules.isLocal(f.ruleId())
                && (f.range().start().line() < 41 || f.range().start().line() > 44)).count();
        assertTrue(local > 100, "enough part-local findings to tell");
        assertTrue(kept >= local, kept + " kept of " + local);
    }

    private static void editRandomly(String name, String start, int steps, Random random, Config config) {
        TextDocument document = TextDocument.of("file:///w/Dockerfile", "dockerfile", 1, start);
        AnalysisResult previous = ANALYZER.analyze(document, "Dockerfile", config, null, null, Cancellation.NONE);
        List<String> history = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            TextEdit edit = randomEdit(document, random);
            history.add(edit.range() + " <- " + show(edit.newText()));
            document = document.applyChanges(List.of(edit), document.version() + 1);
            AnalysisResult incremental = ANALYZER.analyze(document, "Dockerfile", config, null, previous,
                    Cancellation.NONE);
            AnalysisResult fresh = ANALYZER.analyze(document, "Dockerfile", config, null, null, Cancellation.NONE);
            List<String> expected = render(fresh.findings());
            List<String> actual = render(incremental.findings());
            if (!expected.equals(actual)) {
                List<String> missing = new ArrayList<>(expected);
                missing.removeAll(actual);
                List<String> extra = new ArrayList<>(actual);
                extra.removeAll(expected);
                fail(name + " after edits " + history + ":\nmissing " + missing + "\nextra " + extra + "\ntext:\n"
                        + document.text());
            }
            previous = incremental;
        }
    }

    /** Half the time at the start of a line, so whole lines go in and out. */
    private static TextEdit randomEdit(TextDocument document, Random random) {
        int length = document.text().length();
        int start = length == 0 ? 0 : random.nextInt(length + 1);
        if (random.nextBoolean()) {
            start = document.offsetAt(new Position(document.positionAt(start).line(), 0));
        }
        int end = start;
        int kind = random.nextInt(5);
        if (kind == 0) {
            end = Math.min(length, start + 1 + random.nextInt(3));
        } else if (kind == 1) {
            end = Math.min(length, start + random.nextInt(60));
        }
        String insert = kind == 0 && random.nextBoolean() ? "" : PIECES[random.nextInt(PIECES.length)];
        return new TextEdit(new Range(document.positionAt(start), document.positionAt(end)), insert);
    }

    static List<String> render(List<Finding> findings) {
        return LocalRulesTest.render(findings);
    }

    private static Config allRules() {
        Map<String, RuleSetting> rules = new HashMap<>();
        REGISTRY.binding(Language.DOCKERFILE).orElseThrow().rules().forEach(r -> {
            if (!r.meta().enabledByDefault()) {
                rules.put(r.meta().id(), RuleSetting.severity(Severity.INFORMATION));
            }
        });
        return new Config(rules, List.of(), null, null, Map.of());
    }

    private static String show(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }
}
