package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UndefinedVarRuleTest {

    private static final String FROM = "FROM debian:12\n";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new UndefinedVarRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("typo", FROM + "ENV APP_HOME=/app\nWORKDIR $«APP_HOEM»\n"),
                RuleCase.flags("other case", FROM + "ARG version=1\nLABEL v=\"${«VERSION»}\"\n"),
                RuleCase.flags("in a flag", FROM + "ARG APP_USER=app\nCOPY --chown=$«APP_USR» . /app\n"),
                RuleCase.flags("scratch", "FROM scratch\nCOPY app /app\nENV PATH=/app:$PATH\nUSER $«UID»\n"),
                RuleCase.flags("scratch through a parent stage", "FROM scratch AS base\nFROM base\nWORKDIR $«HOME»\n"),
                RuleCase.flags("global ARG not declared in the stage", "ARG VERSION=1\nFROM debian:12\nLABEL v=$«VERSION»\n"),
                RuleCase.flags("ENV in an unrelated stage", "FROM debian:12 AS a\nENV APP_HOME=/a\nFROM scratch\nWORKDIR $«APP_HOME»\n"),
                RuleCase.flags("used before it is set", "FROM scratch\nWORKDIR $«DIR»\nARG DIR=/x\n"),
                RuleCase.passes("declared", FROM + "ARG DIR=/app\nENV HOME_DIR=$DIR\nWORKDIR $HOME_DIR\n"),
                RuleCase.passes("unknown base image may define it", FROM + "WORKDIR $GOPATH/src\n"),
                RuleCase.passes("global ARG declared again", "ARG VERSION=1\nFROM debian:12\nARG VERSION\nLABEL v=$VERSION\n"),
                RuleCase.passes("ENV of the parent stage", "FROM scratch AS base\nENV APP=/a\nFROM base\nWORKDIR $APP\n"),
                RuleCase.passes("default given", "FROM scratch\nWORKDIR ${DIR:-/app}\n"),
                RuleCase.passes("predefined platform ARG", "FROM scratch\nCOPY bin/$TARGETOS-$TARGETARCH /app\n"),
                RuleCase.passes("RUN is the shell's", "FROM scratch\nRUN echo $UNDEFINED\nCMD echo $X\n"),
                RuleCase.passes("escaped", "FROM scratch\nLABEL price=\\$5\n"),
                RuleCase.passes("single quotes", "FROM scratch\nLABEL a='$NOPE'\n"),
                RuleCase.passes("earlier pair of the same ENV", "FROM scratch\nENV A=1 B=$A\n"),
                RuleCase.passes("short names are not guessed", FROM + "ARG AB=1\nLABEL x=$AC\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messages() {
        tester.assertMessage(FROM + "ENV APP_HOME=/app\nWORKDIR $APP_HOEM\n",
                "Variable \"APP_HOEM\" is not defined here (did you mean \"APP_HOME\"?)");
        tester.assertMessage("FROM scratch\nUSER $UID\n",
                "Variable \"UID\" is not defined in this stage, which starts from scratch, so it expands to an empty string");
        tester.assertMessage("ARG V=1\nFROM debian:12\nLABEL v=$V\n",
                "\"V\" is a global ARG, which a stage only sees after it declares it again with \"ARG V\"");
    }

    @Test
    void fixReplacesTheTypo() {
        tester.assertFix(FROM + "ENV APP_HOME=/app\nWORKDIR ${APP_HOEM}/src\n", "Replace with APP_HOME",
                FROM + "ENV APP_HOME=/app\nWORKDIR ${APP_HOME}/src\n");
    }

    @Test
    void fixDeclaresTheGlobalArg() {
        tester.assertFix("ARG VERSION=1\nFROM debian:12\nLABEL v=$VERSION\n", "Declare ARG VERSION in this stage",
                "ARG VERSION=1\nFROM debian:12\nARG VERSION\nLABEL v=$VERSION\n");
    }
}
