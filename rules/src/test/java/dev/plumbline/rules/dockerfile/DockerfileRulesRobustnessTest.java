package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.EngineRules;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every Dockerfile rule on random, half-typed input: no rule throws, and every quick fix applies
 * cleanly and leaves a file the rules can analyse again.
 */
class DockerfileRulesRobustnessTest {

    private static final String[] PIECES = {"FROM ", "from ", "RUN ", "ENV ", "ARG ", "COPY ", "ADD ", "ONBUILD ",
        "SHELL ", "HEALTHCHECK ", "CMD ", "LABEL ", "EXPOSE ", "STOPSIGNAL ", "MAINTAINER ", "WORKDIR ", "USER ",
        "VOLUME ", "FORM ", "AS ", "as ", "NONE ", "\n", "\r\n", " ", "\t", "\\", "`", "\\\n", "\\\n\n", "<<", "EOF", "\"",
        "'", "[", "]", ",", "${", "}", "$", "=", "--", "--from=", "--from", "--link=", "--chmod=9", "--interval=3",
        "--mount=type=cache,x", "--retries=-1", "--platfrom=x", "#", "# escape=`\n", "# syntax=x\n", "# check=skip=all\n",
        "# check=error=true\n", "# dockerfile-utils: ignore\n", "80/TCP", "8080:80", "99999", "a.tar", "/dst", ".",
        "['a', 'b']", "Ubuntu:1", "alpine:3.20", "k v", "SIGTERM", "Maintainer=x", "\uFEFF", "\uD83D\uDE00", "a", "1"};

    @Test
    void randomInputNeverBreaksARuleOrAFix() {
        List<String> failures = new ArrayList<>();
        Analyzer analyzer = new Analyzer(BuiltinRules.registry(), failures::add);
        Config config = BuiltinRules.configLoader().load(
                "dockerfile:\n  strictLabels: true\n  labelSchema:\n    a: url\n    b: semver\n").config();
        Random random = new Random(1234);
        for (int round = 0; round < 1500; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            TextDocument doc = TextDocument.of("file:///w/Dockerfile", text.toString());
            AnalysisResult result = analyzer.analyze(doc, "Dockerfile", config, Cancellation.NONE);
            for (Finding finding : result.findings()) {
                if (finding.ruleId().equals(EngineRules.INTERNAL_ERROR.id())) {
                    failures.add(finding.message() + " on " + text);
                }
                for (Fix fix : finding.fixes()) {
                    try {
                        TextDocument fixed = doc.applyEdits(fix.edits(), 1);
                        analyzer.analyze(fixed, "Dockerfile", config, Cancellation.NONE);
                    } catch (RuntimeException e) {
                        failures.add(finding.ruleId() + " fix '" + fix.title() + "' failed (" + e + ") on " + text);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
    }
}
