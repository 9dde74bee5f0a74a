package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NpmUnpinnedRuleTest {

    private static final String FROM = "FROM node:20\n";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new NpmUnpinnedRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("global tool", FROM + "RUN npm install -g «pnpm»\n"),
                RuleCase.flags("scoped", FROM + "RUN npm i -g «@angular/cli» typescript@5.4.5\n"),
                RuleCase.flags("dist-tag", FROM + "RUN npm install -g «npm@latest» «yarn@next»\n"),
                RuleCase.flags("scoped dist-tag", FROM + "RUN npm add «@nestjs/cli@latest»\n"),
                RuleCase.flags("git URL without a commit", FROM + "RUN npm install «git+https://github.com/org/repo.git»\n"),
                RuleCase.flags("GitHub shorthand", FROM + "RUN npm install «org/repo»\n"),
                RuleCase.flags("exec form", FROM + "RUN [\"npm\", \"install\", \"-g\", «\"serve\"»]\n"),
                RuleCase.passes("version", FROM + "RUN npm install -g pnpm@9.1.0 @angular/cli@17.3.0\n"),
                RuleCase.passes("name starting with git", FROM + "RUN npm install -g gitbook-cli@2.3.2\n"),
                RuleCase.passes("range", FROM + "RUN npm install -g 'typescript@^5.4' 'serve@~14' x@v1\n"),
                RuleCase.passes("git URL with a commit", FROM
                        + "RUN npm install git+https://github.com/org/repo.git#4f1c2ab\n"),
                RuleCase.passes("shorthand with a commit", FROM + "RUN npm install org/repo#semver:^2.0.0\n"),
                RuleCase.passes("tarball", FROM + "RUN npm install ./pkg-1.0.0.tgz https://example.com/x.tgz\n"),
                RuleCase.passes("local folder", FROM + "RUN npm install ./packages/core ../shared\n"),
                RuleCase.passes("lockfile install", FROM + "RUN npm install\n"),
                RuleCase.passes("npm ci", FROM + "RUN npm ci\n"),
                RuleCase.passes("option values are not packages", FROM + "RUN npm install --omit dev\n"),
                RuleCase.passes("variable", FROM + "RUN npm install -g \"$TOOL\"\n"),
                RuleCase.passes("npm run", FROM + "RUN npm run build\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesThePackage() {
        tester.assertMessage(FROM + "RUN npm install -g @nestjs/cli@latest\n",
                "Package \"@nestjs/cli@latest\" is installed without a version; pin one (@nestjs/cli@<version>)");
    }
}
