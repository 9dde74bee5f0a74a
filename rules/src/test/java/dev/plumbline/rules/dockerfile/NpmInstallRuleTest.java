package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NpmInstallRuleTest {

    private static final String FROM = "FROM node:20-slim\nWORKDIR /app\n";
    private static final String FIX = NpmInstallRule.FIX_TITLE;

    private final RuleTester<Dockerfile> tester = RuleTester.of(new NpmInstallRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("npm install", FROM + "COPY package*.json ./\nRUN «npm install»\n"),
                RuleCase.flags("npm i", FROM + "RUN «npm i»\n"),
                RuleCase.flags("with flags", FROM + "RUN «npm install» --production --no-audit\n"),
                RuleCase.flags("options first", FROM + "RUN «npm --loglevel warn install»\n"),
                RuleCase.flags("exec form", FROM + "RUN [«\"npm\", \"install\"»]\n"),
                RuleCase.flags("in a chain", FROM + "RUN «npm install» && npm run build\n"),
                RuleCase.flags("ONBUILD", FROM + "ONBUILD RUN «npm install»\n"),
                RuleCase.passes("npm ci", FROM + "RUN npm ci\n"),
                RuleCase.passes("named package", FROM + "RUN npm install left-pad@1.3.0\n"),
                RuleCase.passes("global install", FROM + "RUN npm install -g npm@10.8.2\n"),
                RuleCase.passes("--location=global", FROM + "RUN npm install --location=global pnpm@9\n"),
                RuleCase.passes("no lockfile on purpose", FROM + "RUN npm install --no-package-lock\n"),
                RuleCase.passes("npm run", FROM + "RUN npm run build\n"),
                RuleCase.passes("yarn", FROM + "RUN yarn install --frozen-lockfile\n"),
                RuleCase.passes("CMD does not run at build time", FROM + "CMD npm install\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheCommand() {
        tester.assertMessage(FROM + "RUN npm i\n", "\"npm i\" resolves dependencies anew and may rewrite the lockfile;"
                + " use \"npm ci\" to install exactly what the lockfile pins");
    }

    @Test
    void fixReplacesInstallWithCiWhenTheLockfileIsCopiedIn() {
        tester.assertFix(FROM + "COPY package.json package-lock.json ./\nRUN npm install\n", FIX,
                FROM + "COPY package.json package-lock.json ./\nRUN npm ci\n");
    }

    @Test
    void fixRewritesProduction() {
        tester.assertFix(FROM + "COPY package*.json ./\nRUN npm install --production\n", FIX,
                FROM + "COPY package*.json ./\nRUN npm ci --omit=dev\n");
    }

    @Test
    void fixInExecForm() {
        tester.assertFix(FROM + "COPY npm-shrinkwrap.json package.json ./\nRUN [\"npm\", \"i\"]\n", FIX,
                FROM + "COPY npm-shrinkwrap.json package.json ./\nRUN [\"npm\", \"ci\"]\n");
    }

    @Test
    void lockfileCopiedInTheParentStageCounts() {
        tester.assertFix("FROM node:20 AS deps\nWORKDIR /app\nCOPY package-lock.json package.json ./\nFROM deps\nRUN npm install\n",
                FIX, "FROM node:20 AS deps\nWORKDIR /app\nCOPY package-lock.json package.json ./\nFROM deps\nRUN npm ci\n");
    }

    @Test
    void noFixWithoutALockfile() {
        assertTrue(tester.onlyFinding(FROM + "COPY package.json ./\nRUN npm install\n").fixes().isEmpty());
        assertTrue(tester.onlyFinding(FROM + "COPY . .\nRUN npm install\n").fixes().isEmpty());
        assertTrue(tester.onlyFinding(FROM + "RUN npm install\nCOPY package-lock.json ./\n").fixes().isEmpty());
    }
}
