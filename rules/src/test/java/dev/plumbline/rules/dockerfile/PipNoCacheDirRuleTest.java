package dev.plumbline.rules.dockerfile;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PipNoCacheDirRuleTest {

    private static final String FROM = "FROM python:3.12-slim\n";
    private static final String FIX = "Insert --no-cache-dir";

    private final RuleTester<Dockerfile> tester = RuleTester.of(new PipNoCacheDirRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("pip", FROM + "RUN pip «install» flask\n"),
                RuleCase.flags("pip3 and a requirements file", FROM + "RUN pip3 «install» -r requirements.txt\n"),
                RuleCase.flags("versioned pip", FROM + "RUN pip3.12 «install» flask\n"),
                RuleCase.flags("path to pip", FROM + "RUN /usr/local/bin/pip «install» flask\n"),
                RuleCase.flags("python -m pip", FROM + "RUN python -m pip «install» flask\n"),
                RuleCase.flags("python3 -m pip with interpreter options", FROM + "RUN python3 -u -m pip «install» flask\n"),
                RuleCase.flags("global options before install", FROM
                        + "RUN pip --disable-pip-version-check --proxy http://proxy:3128 «install» flask\n"),
                RuleCase.flags("inside a chain", FROM + "RUN apt-get update && pip «install» flask && rm -rf /tmp/*\n"),
                RuleCase.flags("two installs", FROM + "RUN pip «install» a; pip3 «install» b\n"),
                RuleCase.flags("across continuation lines", FROM + "RUN pip \\\n    «install» \\\n    flask\n"),
                RuleCase.flags("exec form", FROM + "RUN [\"pip\", «\"install\"», \"flask\"]\n"),
                RuleCase.flags("exec form running sh -c", FROM + "RUN [\"/bin/sh\", \"-c\", \"pip «install» flask\"]\n"),
                RuleCase.flags("shell form running bash -c", FROM + "RUN bash -c 'pip «install» flask'\n"),
                RuleCase.flags("heredoc run by the shell", FROM + "RUN <<EOF\nset -e\npip «install» flask\nEOF\n"),
                RuleCase.flags("heredoc fed to bash", FROM + "RUN bash -ex <<EOF\npip «install» flask\nEOF\n"),
                RuleCase.flags("ONBUILD trigger", FROM + "ONBUILD RUN pip «install» -r requirements.txt\n"),
                RuleCase.flags("inside if", FROM + "RUN if [ -f r.txt ]; then pip «install» -r r.txt; fi\n"),
                RuleCase.flags("PIP_NO_CACHE_DIR set false", FROM + "ENV PIP_NO_CACHE_DIR=false\nRUN pip «install» flask\n"),
                RuleCase.flags("ENV after the RUN does not count", FROM + "RUN pip «install» flask\nENV PIP_NO_CACHE_DIR=1\n"),
                RuleCase.flags("ENV in an unrelated stage does not count",
                        "FROM python:3.12 AS a\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip «install» flask\n"),
                RuleCase.flags("cache mount elsewhere", FROM + "RUN --mount=type=cache,target=/root/.npm pip «install» x\n"),
                RuleCase.flags("CRLF", "FROM python:3.12\r\nRUN pip «install» flask\r\n"),
                RuleCase.passes("--no-cache-dir", FROM + "RUN pip install --no-cache-dir flask\n"),
                RuleCase.passes("--no-cache-dir after the packages", FROM + "RUN pip install flask --no-cache-dir\n"),
                RuleCase.passes("ENV PIP_NO_CACHE_DIR", FROM + "ENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n"),
                RuleCase.passes("legacy ENV form", FROM + "ENV PIP_NO_CACHE_DIR yes\nRUN pip install flask\n"),
                RuleCase.passes("ARG default", FROM + "ARG PIP_NO_CACHE_DIR=1\nRUN pip install flask\n"),
                RuleCase.passes("ENV in the parent stage",
                        "FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install flask\n"),
                RuleCase.passes("inline variable", FROM + "RUN PIP_NO_CACHE_DIR=1 pip install flask\n"),
                RuleCase.passes("pip cache mount", FROM + "RUN --mount=type=cache,target=/root/.cache/pip pip install flask\n"),
                RuleCase.passes("pip cache mount, dst and trailing slash",
                        FROM + "RUN --mount=type=cache,dst=/home/app/.cache/pip/ pip install flask\n"),
                RuleCase.passes("pipx", FROM + "RUN pipx install poetry\n"),
                RuleCase.passes("pipenv", FROM + "RUN pipenv install --system\n"),
                RuleCase.passes("pip download", FROM + "RUN pip download flask\n"),
                RuleCase.passes("pip install --help", FROM + "RUN pip install --help\n"),
                RuleCase.passes("pip as an argument", FROM + "RUN echo pip install flask && which pip\n"),
                RuleCase.passes("in a comment", FROM + "# RUN pip install flask\nRUN true # pip install x\n"),
                RuleCase.passes("in a quoted string", FROM + "RUN echo \"pip install flask\"\n"),
                RuleCase.passes("heredoc fed to python", FROM + "RUN python3 <<EOF\nimport os  # pip install x\nEOF\n"),
                RuleCase.passes("heredoc written to a file", FROM + "RUN cat <<EOF > /setup.sh\npip install flask\nEOF\n"),
                RuleCase.passes("COPY heredoc is data", FROM + "COPY <<EOF /setup.sh\npip install flask\nEOF\n"),
                RuleCase.passes("python script named install", FROM + "RUN python setup.py install\n"),
                RuleCase.passes("CMD is not run at build time", FROM + "CMD pip install flask\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheCommand() {
        tester.assertMessage(FROM + "RUN pip3 install x\n",
                "\"pip3 install\" without --no-cache-dir keeps pip's download cache in the image");
        tester.assertMessage(FROM + "RUN python3 -m pip install x\n",
                "\"python3 -m pip install\" without --no-cache-dir keeps pip's download cache in the image");
    }

    @Test
    void fixInsertsTheOptionAfterInstall() {
        tester.assertFix(FROM + "RUN pip install flask\n", FIX, FROM + "RUN pip install --no-cache-dir flask\n");
    }

    @Test
    void fixWorksAcrossContinuationLines() {
        tester.assertFix(FROM + "RUN apt-get update \\\n    && pip install \\\n       flask\n", FIX,
                FROM + "RUN apt-get update \\\n    && pip install --no-cache-dir \\\n       flask\n");
    }

    @Test
    void fixInExecFormAddsAJsonElement() {
        tester.assertFix(FROM + "RUN [\"pip\", \"install\", \"flask\"]\n", FIX,
                FROM + "RUN [\"pip\", \"install\", \"--no-cache-dir\", \"flask\"]\n");
    }

    @Test
    void fixInsideAnExecFormShellScript() {
        tester.assertFix(FROM + "RUN [\"sh\", \"-c\", \"pip install \\\"flask<3\\\"\"]\n", FIX,
                FROM + "RUN [\"sh\", \"-c\", \"pip install --no-cache-dir \\\"flask<3\\\"\"]\n");
    }

    @Test
    void fixInAHeredoc() {
        tester.assertFix(FROM + "RUN <<EOF\npip install flask\nEOF\n", FIX,
                FROM + "RUN <<EOF\npip install --no-cache-dir flask\nEOF\n");
    }

    @Test
    void fixOfOneOfTwoInstalls() {
        tester.assertFix(FROM + "RUN pip install a && python3 -m pip «install» b\n", FIX,
                FROM + "RUN pip install a && python3 -m pip install --no-cache-dir b\n");
    }

    @Test
    void fixKeepsCrlf() {
        tester.assertFix("FROM python:3.12\r\nRUN pip install flask\r\n", FIX,
                "FROM python:3.12\r\nRUN pip install --no-cache-dir flask\r\n");
    }
}
