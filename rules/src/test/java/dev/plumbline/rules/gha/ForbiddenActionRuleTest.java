package dev.plumbline.rules.gha;

import dev.plumbline.config.Config;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForbiddenActionRuleTest {

    private static final String HEAD = "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n";

    private static RuleTester<WorkflowFile> tester(Map<String, Object> options) {
        return RuleTester.of(new ForbiddenActionRule(), new WorkflowLanguage(), ".github/workflows/ci.yml")
                .withConfig(new Config(Map.of(), List.of(), null, null, options));
    }

    @Test
    void quietWithoutPolicy() {
        tester(Map.of()).verify(RuleCase.passes("no policy", HEAD + "      - uses: evil/action@v1\n"));
    }

    @Test
    void denyList() {
        var deny = tester(Map.of("gha.deniedActions", List.of("evil/*", "Octo/Tool")));
        deny.verify(RuleCase.flags("denied", HEAD + "      - uses: «evil/action»@v1\n      - uses: «octo/tool»@v2\n"
                + "      - uses: actions/checkout@v4\n"));
        deny.verify(RuleCase.flags("workflow", "on: push\njobs:\n  c:\n    uses: «evil/x/.github/workflows/a.yml»@v1\n"));
    }

    @Test
    void allowList() {
        var allow = tester(Map.of("gha.allowedActions", List.of("actions/*", "docker/login-action")));
        allow.verify(RuleCase.flags("not allowed", HEAD + "      - uses: actions/checkout@v4\n"
                + "      - uses: docker/login-action@v3\n      - uses: «docker/build-push-action»@v6\n"
                + "      - uses: ./local\n      - uses: docker://alpine:3\n"));
    }

    @Test
    void denyWinsOverAllow() {
        var both = tester(Map.of("gha.allowedActions", List.of("actions/*"), "gha.deniedActions",
                List.of("actions/create-release")));
        both.assertMessage(HEAD + "      - uses: actions/create-release@v1\n",
                "Action \"actions/create-release\" is denied by the configuration (gha.deniedActions, or forbidden-uses deny in zizmor.yml)");
    }
}
