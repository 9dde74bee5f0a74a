package dev.plumbline.rules.gha;

import dev.plumbline.config.Config;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DependabotCooldownRuleTest {

    private static final String HEAD = "version: 2\nupdates:\n";
    private static final String NPM = "    directory: /\n    schedule:\n      interval: daily\n";

    private final RuleTester<WorkflowFile> tester = tester(Map.of());

    private static RuleTester<WorkflowFile> tester(Map<String, Object> options) {
        return RuleTester.of(new DependabotCooldownRule(), new WorkflowLanguage(), ".github/dependabot.yml")
                .withConfig(new Config(Map.of(DependabotCooldownRule.META.id(), RuleSetting.severity(Severity.INFORMATION)),
                        List.of(), null, null, options));
    }

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("no cooldown", HEAD + "  - «package-ecosystem»: npm\n" + NPM),
                RuleCase.flags("no cooldown, ecosystem not first", HEAD + "  - directory: /\n    «package-ecosystem»: npm\n"),
                RuleCase.flags("no cooldown, no ecosystem", HEAD + "  - «directory»: /\n"),
                RuleCase.flags("too short", HEAD + "  - package-ecosystem: npm\n" + NPM + "    cooldown:\n"
                        + "      default-days: «3»\n"),
                RuleCase.flags("only semver days", HEAD + "  - package-ecosystem: npm\n" + NPM + "    «cooldown»:\n"
                        + "      semver-major-days: 30\n"),
                RuleCase.flags("null cooldown", HEAD + "  - package-ecosystem: npm\n" + NPM + "    «cooldown»:\n"),
                RuleCase.flags("flow", HEAD + "  - {«package-ecosystem»: npm, directory: /}\n"
                        + "  - {package-ecosystem: pip, directory: /, cooldown: {default-days: «1»}}\n"),
                RuleCase.passes("seven days", HEAD + "  - package-ecosystem: npm\n" + NPM + "    cooldown:\n"
                        + "      default-days: 7\n"),
                RuleCase.passes("more", HEAD + "  - package-ecosystem: npm\n" + NPM + "    cooldown: {default-days: 30}\n"),
                RuleCase.passes("not a number: Dependabot's validation", HEAD + "  - package-ecosystem: npm\n" + NPM
                        + "    cooldown:\n      default-days: a week\n"),
                RuleCase.passes("no updates", "version: 2\nupdates: []\n"),
                RuleCase.passes("empty", ""),
                RuleCase.passes("garbage", "{{{ ]]\n- : -\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void theLeastNumberOfDaysIsConfigurable() {
        RuleTester<WorkflowFile> strict = tester(Map.of(DependabotCooldownRule.OPTION, "14"));
        strict.verify(RuleCase.flags("7 < 14", HEAD + "  - package-ecosystem: npm\n" + NPM
                + "    cooldown:\n      default-days: «7»\n"));
        RuleTester<WorkflowFile> lax = tester(Map.of(DependabotCooldownRule.OPTION, "3"));
        lax.verify(RuleCase.passes("3 >= 3", HEAD + "  - package-ecosystem: npm\n" + NPM
                + "    cooldown:\n      default-days: 3\n"));
        lax.assertFix(HEAD + "  - «package-ecosystem»: npm\n" + NPM, DependabotCooldownRule.addTitle(3),
                HEAD + "  - package-ecosystem: npm\n" + NPM + "    cooldown:\n      default-days: 3\n");
    }

    @Test
    void offByDefault() {
        RuleTester.of(new DependabotCooldownRule(), new WorkflowLanguage(), ".github/dependabot.yml")
                .verify(RuleCase.passes("off", HEAD + "  - package-ecosystem: npm\n" + NPM));
    }

    @Test
    void fixAddsCooldownAtTheUpdatesIndentation() {
        tester.assertFix(HEAD + "  - «package-ecosystem»: npm\n" + NPM, DependabotCooldownRule.addTitle(7),
                HEAD + "  - package-ecosystem: npm\n" + NPM + "    cooldown:\n      default-days: 7\n");
        // four-space indentation, CRLF, and an update followed by another
        String four = "version: 2\r\nupdates:\r\n    -   «package-ecosystem»: npm\r\n        schedule:\r\n"
                + "            interval: daily\r\n    -   package-ecosystem: pip\r\n        cooldown:\r\n"
                + "            default-days: 9\r\n";
        tester.assertFix(four, DependabotCooldownRule.addTitle(7), "version: 2\r\nupdates:\r\n    -   package-ecosystem: npm\r\n"
                + "        schedule:\r\n            interval: daily\r\n        cooldown:\r\n            default-days: 7\r\n"
                + "    -   package-ecosystem: pip\r\n        cooldown:\r\n            default-days: 9\r\n");
    }

    @Test
    void fixInFlowStyle() {
        tester.assertFix(HEAD + "  - {«package-ecosystem»: npm, directory: /}\n", DependabotCooldownRule.addTitle(7),
                HEAD + "  - {package-ecosystem: npm, directory: /, cooldown: {default-days: 7}}\n");
    }

    @Test
    void fixAddsDefaultDaysToACooldown() {
        tester.assertFix(HEAD + "  - package-ecosystem: npm\n" + NPM + "    «cooldown»:\n      semver-major-days: 30\n",
                DependabotCooldownRule.addTitle(7), HEAD + "  - package-ecosystem: npm\n" + NPM
                        + "    cooldown:\n      semver-major-days: 30\n      default-days: 7\n");
        tester.assertFix(HEAD + "  - package-ecosystem: npm\n" + NPM + "    «cooldown»: # later\n",
                DependabotCooldownRule.addTitle(7), HEAD + "  - package-ecosystem: npm\n" + NPM
                        + "    cooldown: # later\n      default-days: 7\n");
    }

    @Test
    void fixRaisesASmallValue() {
        tester.assertFix(HEAD + "  - package-ecosystem: npm\n" + NPM + "    cooldown:\n      default-days: «2» # fast\n",
                DependabotCooldownRule.raiseTitle(7), HEAD + "  - package-ecosystem: npm\n" + NPM
                        + "    cooldown:\n      default-days: 7 # fast\n");
    }

    @Test
    void messages() {
        tester.assertMessage(HEAD + "  - package-ecosystem: npm\n" + NPM, "The \"npm\" update of \"/\" has no cooldown, so"
                + " Dependabot proposes a release the day it is published, before a compromised one is usually caught;"
                + " set cooldown.default-days to at least 7");
        tester.assertMessage(HEAD + "  - package-ecosystem: npm\n    directories: [/app, /lib]\n    cooldown:\n"
                + "      default-days: 1\n", "A cooldown of 1 day for the \"npm\" update of \"/app\" is shorter than 7"
                + " days; a compromised release may be taken in before it is caught");
    }

    @Test
    void zizmorCommentSuppresses() {
        tester.verify(RuleCase.passes("zizmor", HEAD + "  - package-ecosystem: npm # zizmor: ignore[dependabot-cooldown]\n"
                + NPM));
    }
}
