package dev.plumbline.rules.gha;

import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AdhocPackageInstallRuleTest {

    private static final String HEAD = ExpressionSyntaxRuleTest.HEAD;

    private final RuleTester<WorkflowFile> tester =
            RuleTester.of(new AdhocPackageInstallRule(), new WorkflowLanguage(), ".github/workflows/ci.yml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("pip packages", HEAD + "      - run: pip install «flake8 pytest»\n"),
                RuleCase.flags("pip with options", HEAD + "      - run: python -m pip install --upgrade «build»\n"),
                RuleCase.flags("pip range is not a pin", HEAD + "      - run: pip3 install «'urllib3<2'»\n"),
                RuleCase.flags("uv pip", HEAD + "      - run: uv pip install --system «ruff»\n"),
                RuleCase.flags("npm local add", HEAD + "      - run: npm install «left-pad»\n"),
                RuleCase.flags("npm global without version", HEAD + "      - run: npm i -g «pnpm»\n"),
                RuleCase.flags("npm latest is no version", HEAD + "      - run: npm install -g «corepack@latest»\n"),
                RuleCase.flags("yarn and pnpm add", HEAD + "      - run: |\n          yarn add «lodash»\n          pnpm add -D «vitest»\n"),
                RuleCase.flags("gem", HEAD + "      - run: gem install «bundler»\n"),
                RuleCase.flags("bundle add", HEAD + "      - run: bundle add «rake»\n"),
                RuleCase.flags("in a block after other commands", HEAD + "      - run: |\n          set -e\n"
                        + "          cd tools && pip install «mkdocs mkdocs-material»\n"),
                RuleCase.passes("pinned", HEAD + "      - run: |\n          pip install flake8==7.1.1\n"
                        + "          npm i -g pnpm@9.12.0\n          gem install bundler -v 2.5.0\n"
                        + "          npm install @scope/tool@1.2.3\n          yarn global add serve@14\n"),
                RuleCase.passes("lockfiles and paths", HEAD + "      - run: |\n          pip install -r requirements.txt\n"
                        + "          pip install -e .\n          pip install ./dist/pkg-1.0-py3-none-any.whl\n"
                        + "          npm ci\n          npm install\n          bundle install\n"),
                RuleCase.passes("pip itself", HEAD + "      - run: python -m pip install --upgrade pip setuptools wheel\n"),
                RuleCase.passes("variables", HEAD + "      - run: pip install \"$PACKAGE\"\n"),
                RuleCase.passes("pwsh is not read", HEAD + "      - shell: pwsh\n        run: pip install flake8\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(HEAD + "      - run: pip install flake8 pytest\n", "\"pip install\" installs \"flake8\","
                + " \"pytest\" without a pinned version, outside any lockfile, so each run gets whatever was published"
                + " last; pin the version or install from a lockfile");
    }
}
