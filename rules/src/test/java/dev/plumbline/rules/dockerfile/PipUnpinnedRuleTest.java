package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PipUnpinnedRuleTest {

    private static final String FROM = "FROM python:3.12-slim\n";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new PipUnpinnedRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("one unpinned", FROM + "RUN pip install --no-cache-dir «flask» requests==2.32.3\n"),
                RuleCase.flags("extras", FROM + "RUN pip install --no-cache-dir «black[d]»\n"),
                RuleCase.flags("python -m pip", FROM + "RUN python3 -m pip install --no-cache-dir «uvicorn»\n"),
                RuleCase.flags("upgrading pip itself", FROM + "RUN pip install --no-cache-dir --upgrade «pip»\n"),
                RuleCase.flags("requirements file plus a package", FROM
                        + "RUN pip install --no-cache-dir -r requirements.txt «gunicorn»\n"),
                RuleCase.flags("VCS URL without a ref", FROM
                        + "RUN pip install --no-cache-dir «git+https://github.com/org/repo»\n"),
                RuleCase.flags("VCS URL with only a user", FROM
                        + "RUN pip install --no-cache-dir «git+ssh://git@github.com/org/repo.git»\n"),
                RuleCase.flags("exec form", FROM + "RUN [\"pip\", \"install\", \"--no-cache-dir\", «\"flask\"»]\n"),
                RuleCase.passes("==", FROM + "RUN pip install --no-cache-dir flask==3.0.3\n"),
                RuleCase.passes("ranges", FROM + "RUN pip install --no-cache-dir 'flask>=3,<4' 'x~=1.2' y!=2\n"),
                RuleCase.passes("name @ url", FROM + "RUN pip install --no-cache-dir pkg @ https://example.com/pkg-1.0.tar.gz\n"),
                RuleCase.passes("requirements file", FROM + "RUN pip install --no-cache-dir -r requirements.txt\n"),
                RuleCase.passes("long requirement option", FROM + "RUN pip install --no-cache-dir --requirement=r.txt\n"),
                RuleCase.passes("constraints file", FROM + "RUN pip install --no-cache-dir -c constraints.txt flask\n"),
                RuleCase.passes("the project", FROM + "RUN pip install --no-cache-dir . && pip install --no-cache-dir -e .[dev]\n"),
                RuleCase.passes("a wheel", FROM + "RUN pip install --no-cache-dir dist/app-1.0-py3-none-any.whl x.whl\n"),
                RuleCase.passes("VCS URL with a ref", FROM
                        + "RUN pip install --no-cache-dir git+https://github.com/org/repo@v1.2.0#egg=repo\n"),
                RuleCase.passes("variable", FROM + "RUN pip install --no-cache-dir \"$PACKAGE\"\n"),
                RuleCase.passes("index url value is not a package", FROM
                        + "RUN pip install --no-cache-dir -i https://pypi.example.com/simple flask==3.0.3\n"),
                RuleCase.passes("pip download", FROM + "RUN pip download flask\n"),
                RuleCase.passes("pip uninstall", FROM + "RUN pip uninstall -y flask\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesThePackage() {
        tester.assertMessage(FROM + "RUN pip install --no-cache-dir flask\n", "Package \"flask\" is installed without a"
                + " version (flask==<version>); pin it, or install from a requirements or constraints file");
    }
}
