package dev.plumbline.syntax.dockerfile;

import static dev.plumbline.syntax.dockerfile.Parsed.parse;
import static dev.plumbline.syntax.dockerfile.Parsed.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.shell.ShellCommands;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.testing.MarkedSource;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellCommandsTest {

    /** The commands of a plain script, as lists of word values. */
    private static List<List<String>> commands(String script) {
        TextDocument doc = TextDocument.of("file:///s.sh", script);
        return ShellCommands.parse(MappedText.of(doc, 0, script.length())).stream().map(c -> values(c.words())).toList();
    }

    /** The commands of the (only) RUN in a Dockerfile. */
    private static List<Command> run(String dockerfile) {
        return parse(dockerfile).instructions().stream()
                .filter(RunInstruction.class::isInstance)
                .map(RunInstruction.class::cast)
                .findFirst().orElseThrow().commands();
    }

    @Test
    void splitsAtOperatorsAndNewlines() {
        assertEquals(List.of(List.of("a", "1"), List.of("b"), List.of("c"), List.of("d"), List.of("e"), List.of("f"), List.of("g")),
                commands("a 1 && b || c; d | e & f\ng"));
    }

    @Test
    void subshellsAndCommandSubstitutionsHoldCommands() {
        List<List<String>> found = commands("(cd /x && make) ; echo $(pip install y) `not parsed`");
        assertTrue(found.contains(List.of("cd", "/x")));
        assertTrue(found.contains(List.of("make")));
        assertTrue(found.contains(List.of("pip", "install", "y")));
        assertTrue(found.contains(List.of("echo", "$(pip install y)", "`not parsed`")));
    }

    @Test
    void quotesAndEscapesStayInOneWord() {
        assertEquals(List.of(List.of("echo", "a && b", "c;d", "e f", "it's")),
                commands("echo \"a && b\" 'c;d' e\\ f it\\'s"));
    }

    @Test
    void commentsAreNotCommands() {
        assertEquals(List.of(List.of("a"), List.of("b", "x#y")), commands("# pip install x\na # trailing && c\nb x#y"));
    }

    @Test
    void controlKeywordsAreSkipped() {
        assertEquals(List.of(List.of("test", "-f", "x"), List.of("pip", "install", "y"), List.of("echo", "no")),
                commands("if test -f x; then pip install y; else echo no; fi"));
    }

    @Test
    void redirectionsAreNotArguments() {
        assertEquals(List.of(List.of("make", "all"), List.of("cat")), commands("make 2>&1 all > /dev/null\ncat < in"));
    }

    @Test
    void heredocBodiesInsideAScriptAreData() {
        assertEquals(List.of(List.of("cat"), List.of("echo", "after")),
                commands("cat <<EOF > /f\npip install nope\nEOF\necho after"));
        assertEquals(List.of(List.of("cat"), List.of("echo", "after")),
                commands("cat <<-'END'\n\tpip install nope\n\tEND\necho after"));
    }

    @Test
    void envAssignmentPrefixes() {
        TextDocument doc = TextDocument.of("file:///s.sh", "PIP_NO_CACHE_DIR=1 A=\"x y\" pip install z");
        Command command = ShellCommands.parse(MappedText.of(doc, 0, doc.text().length())).get(0);
        assertEquals(List.of("PIP_NO_CACHE_DIR=1", "A=x y"), values(command.assignments()));
        assertEquals("pip", command.name());
        assertEquals(java.util.Optional.of("1"), command.assignment("PIP_NO_CACHE_DIR"));
    }

    @Test
    void wordRangesFollowContinuationLines() {
        MarkedSource source = MarkedSource.parse("RUN «pip» \\\n  «install» \\\n\n  «\"x\"»\n");
        Command command = run(source.text()).get(0);
        assertEquals(source.ranges(), command.words().stream().map(Word::range).toList());
        assertEquals(Range.of(0, 4, 3, 5), command.range());
    }

    @Test
    void execFormIsOneCommandWithQuotedWordRanges() {
        MarkedSource source = MarkedSource.parse("RUN [«\"pip\"», «\"install\"», «\"x\"»]\n");
        List<Command> commands = run(source.text());
        assertEquals(1, commands.size());
        assertTrue(commands.get(0).isExec());
        assertEquals(source.ranges(), commands.get(0).words().stream().map(Word::range).toList());
    }

    @Test
    void shellDashCIsSplitOneLevelDeepInExecForm() {
        MarkedSource source = MarkedSource.parse("RUN [\"/bin/sh\", \"-ec\", \"apt-get update && «pip» «install» \\\"«x y»\\\"\"]\n");
        List<Command> commands = run(source.text());
        Command pip = commands.stream().filter(c -> c.name().equals("pip")).findFirst().orElseThrow();
        assertEquals(1, pip.nesting());
        assertEquals(List.of("pip", "install", "x y"), values(pip.words()));
        assertEquals(source.ranges().subList(0, 2), pip.words().subList(0, 2).stream().map(Word::range).toList());
    }

    @Test
    void shellDashCIsSplitOneLevelDeepInShellForm() {
        MarkedSource source = MarkedSource.parse("RUN bash -lc \"cd /app && «pip» «install» -r req.txt\"\n");
        Command pip = run(source.text()).stream().filter(c -> c.name().equals("pip")).findFirst().orElseThrow();
        assertEquals(source.ranges(), pip.words().subList(0, 2).stream().map(Word::range).toList());
        List<List<String>> twoLevels = commands("sh -c 'sh -c \"pip install x\"'");
        assertTrue(twoLevels.stream().noneMatch(c -> c.equals(List.of("pip", "install", "x"))), "only one level deep");
    }

    @Test
    void heredocBodiesRunByAShellAreCommands() {
        assertEquals(List.of("pip"), run("RUN <<EOF\npip install x\nEOF\n").stream().map(Command::name)
                .filter(n -> !n.isEmpty()).toList());
        assertTrue(run("RUN bash -e <<EOF\npip install x\nEOF\n").stream().anyMatch(c -> c.name().equals("pip")));
        assertTrue(run("RUN <<EOF\n#!/usr/bin/env bash\npip install x\nEOF\n").stream().anyMatch(c -> c.name().equals("pip")));
    }

    @Test
    void heredocBodiesForOtherProgramsAreData() {
        assertTrue(run("RUN python3 <<EOF\npip install x\nEOF\n").stream().noneMatch(c -> c.name().equals("pip")));
        assertTrue(run("RUN cat <<EOF > /x.sh\npip install x\nEOF\n").stream().noneMatch(c -> c.name().equals("pip")));
        assertTrue(run("RUN <<EOF\n#!/usr/bin/python3\npip install x\nEOF\n").stream().noneMatch(c -> c.name().equals("pip")));
    }

    @Test
    void heredocBodyWordRangesAreExact() {
        MarkedSource source = MarkedSource.parse("RUN <<EOF\nset -e\n  «pip» «install» x\nEOF\n");
        Command pip = run(source.text()).stream().filter(c -> c.name().equals("pip")).findFirst().orElseThrow();
        assertEquals(source.ranges(), pip.words().subList(0, 2).stream().map(Word::range).toList());
    }

    @Test
    void malformedScriptsNeverThrow() {
        for (String script : List.of("\"unterminated", "'x", "$(", "((((", "))))", "`", "\\", "a <<", "a >", "${", "$((1+",
                "echo $(((", "<<EOF", "x=(1 2", "|&;;&&||")) {
            commands(script);
        }
    }

    @Test
    void deepNestingIsBounded() {
        String deep = "$(".repeat(5000) + "pip install x" + ")".repeat(5000);
        commands(deep);
        commands("(".repeat(100_000));
    }

    private static List<Command> parsed(String script) {
        TextDocument doc = TextDocument.of("file:///s.sh", script);
        return ShellCommands.parse(MappedText.of(doc, 0, script.length()));
    }

    @Test
    void pipesAreKnownOnBothSides() {
        List<Command> found = parsed("a | b |& c || d && e\nf |\n g");
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g"), found.stream().map(Command::name).toList());
        assertEquals(List.of(false, true, true, false, false, false, true), found.stream().map(Command::pipesIn).toList());
        assertEquals(List.of(true, true, false, false, false, true, false), found.stream().map(Command::pipesOut).toList());
    }

    @Test
    void aGroupFeedingAPipeLeavesOnlyTheReaderMarked() {
        List<Command> found = parsed("{ echo a; echo b; } | tee f");
        assertEquals(List.of("echo", "echo", "tee"), found.stream().map(Command::name).toList());
        assertEquals(List.of(false, false, false), found.stream().map(Command::pipesOut).toList());
        assertEquals(List.of(false, false, true), found.stream().map(Command::pipesIn).toList());
    }

    @Test
    void redirectionsKeepTheirOperatorAndTarget() {
        Command curl = parsed("curl -s x > out.txt 2>&1 &>> log < in").get(0);
        assertEquals(List.of("curl", "-s", "x"), values(curl.words()));
        assertEquals(List.of(">", "2>&", "&>>", "<"), curl.redirects().stream().map(r -> r.operator()).toList());
        assertEquals(List.of("out.txt", "1", "log", "in"),
                curl.redirects().stream().map(r -> r.target().orElseThrow().value()).toList());
        assertTrue(curl.redirects().get(0).writesStdoutToFile());
        assertTrue(!curl.redirects().get(1).writesStdoutToFile());
        assertTrue(curl.redirects().get(2).writesStdoutToFile());
        assertTrue(!parsed("a > /dev/null").get(0).redirects().get(0).writesStdoutToFile());
        assertTrue(parsed("a 1>f").get(0).redirects().get(0).writesStdoutToFile());
        assertTrue(!parsed("a 2>f").get(0).redirects().get(0).writesStdoutToFile());
    }

    @Test
    void aHeredocIsARedirectionToo() {
        Command cat = parsed("cat <<EOF > /x\nbody\nEOF\n").get(0);
        assertEquals(List.of("<<", ">"), cat.redirects().stream().map(r -> r.operator()).toList());
        assertEquals(List.of("EOF"), cat.heredocs());
    }
}
