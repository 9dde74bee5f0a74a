package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CmdShellFormRuleTest {

    private static final String FROM = "FROM node:20\n";
    private static final String FIX = CmdShellFormRule.FIX_TITLE;

    private final RuleTester<Dockerfile> tester = RuleTester.of(new CmdShellFormRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("CMD", FROM + "CMD «node server.js»\n"),
                RuleCase.flags("ENTRYPOINT", FROM + "ENTRYPOINT «/docker-entrypoint.sh»\n"),
                RuleCase.flags("with shell syntax", FROM + "CMD «node server.js > /var/log/app.log 2>&1»\n"),
                RuleCase.passes("single-quoted JSON is left to json-single-quotes", FROM + "CMD ['node', 'server.js']\n"),
                RuleCase.flags("an unquoted array is shell form", FROM + "CMD «[node, server.js]»\n"),
                RuleCase.flags("continuation lines", FROM + "CMD «node \\\n  server.js»\n"),
                RuleCase.flags("ONBUILD CMD", FROM + "ONBUILD CMD «npm start»\n"),
                RuleCase.flags("SHELL in another stage", "FROM node:20 AS a\nSHELL [\"/bin/bash\", \"-c\"]\nFROM node:20\nCMD «npm start»\n"),
                RuleCase.flags("SHELL after the CMD", FROM + "CMD «npm start»\nSHELL [\"/bin/bash\", \"-c\"]\n"),
                RuleCase.passes("exec form", FROM + "CMD [\"node\", \"server.js\"]\nENTRYPOINT [\"tini\", \"--\"]\n"),
                RuleCase.passes("SHELL set", FROM + "SHELL [\"/bin/bash\", \"-c\"]\nCMD node server.js\n"),
                RuleCase.passes("SHELL in the parent stage", "FROM node:20 AS base\nSHELL [\"/bin/bash\", \"-c\"]\n"
                        + "FROM base\nCMD npm start\n"),
                RuleCase.passes("HEALTHCHECK is exempt", FROM + "HEALTHCHECK CMD curl -f http://localhost/ || exit 1\n"),
                RuleCase.passes("RUN", FROM + "RUN npm ci\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(FROM + "CMD npm start\n", "CMD in shell form runs the program under /bin/sh -c, which does"
                + " not pass on signals such as the one docker stop sends; write it as a JSON array");
    }

    @Test
    void fixConvertsToJson() {
        tester.assertFix(FROM + "CMD node server.js --port 8080\n", FIX, FROM + "CMD [\"node\", \"server.js\", \"--port\", \"8080\"]\n");
    }

    @Test
    void fixKeepsQuotedWordsTogether() {
        tester.assertFix(FROM + "CMD nginx -g \"daemon off;\"\n", FIX, FROM + "CMD [\"nginx\", \"-g\", \"daemon off;\"]\n");
    }

    @Test
    void fixJoinsContinuationLines() {
        tester.assertFix(FROM + "ENTRYPOINT /usr/bin/tini \\\n  -- node\n", FIX, FROM + "ENTRYPOINT [\"/usr/bin/tini\", \"--\", \"node\"]\n");
    }

    @Test
    void fixInsideOnbuild() {
        tester.assertFix(FROM + "ONBUILD CMD npm start\n", FIX, FROM + "ONBUILD CMD [\"npm\", \"start\"]\n");
    }

    @Test
    void noFixWhenTheShellDoesSomething() {
        assertTrue(tester.onlyFinding(FROM + "CMD node $APP\n").fixes().isEmpty());
        assertTrue(tester.onlyFinding(FROM + "CMD a && b\n").fixes().isEmpty());
        assertTrue(tester.onlyFinding(FROM + "CMD node *.js\n").fixes().isEmpty());
        assertTrue(tester.onlyFinding(FROM + "CMD A=1 node x.js\n").fixes().isEmpty());
        assertTrue(tester.onlyFinding(FROM + "CMD exec node x.js\n").fixes().isEmpty());
        assertTrue(tester.onlyFinding(FROM + "CMD [node, x.js]\n").fixes().isEmpty());
    }

    @Test
    void noFixForAnEntrypointWhenACmdWouldBecomeItsArguments() {
        assertTrue(tester.onlyFinding(FROM + "ENTRYPOINT node server.js\nCMD [\"--port\", \"80\"]\n").fixes().isEmpty());
        assertTrue(tester.onlyFinding("FROM node:20 AS base\nCMD [\"x\"]\nFROM base\nENTRYPOINT node server.js\n")
                .fixes().isEmpty());
    }
}
