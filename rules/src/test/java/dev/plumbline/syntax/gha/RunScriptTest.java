package dev.plumbline.syntax.gha;

import static dev.plumbline.syntax.gha.Parsed.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.testing.MarkedSource;
import dev.plumbline.text.Range;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Shell words of {@code run:} scripts land exactly on their characters in the workflow file. */
class RunScriptTest {

    private static final String HEAD = "jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n";

    /** Each case marks the {@code npm} word and the word after it; the step's {@code run:} follows the step dash. */
    static Stream<Arguments> scripts() {
        return Stream.of(
                Arguments.of("plain", "      - run: «npm» «install»\n"),
                Arguments.of("plain after an operator", "      - run: cd app && «npm» «install» --no-audit\n"),
                Arguments.of("plain multi-line", "      - run: echo a &&\n          «npm» «install»\n"),
                Arguments.of("single quoted", "      - run: 'echo ''x'' && «npm» «install»'\n"),
                Arguments.of("double quoted with escapes", "      - run: \"echo \\\"x\\\"\\t&& «npm» «install»\"\n"),
                Arguments.of("double quoted escaped letters", "      - run: \"«np\\u006D» «\\x69nstall»\"\n"),
                Arguments.of("literal", "      - run: |\n          echo a\n          «npm» «install»\n          echo b\n"),
                Arguments.of("literal strip", "      - run: |-\n          «npm» «install»\n\n"),
                Arguments.of("literal keep", "      - run: |+\n          «npm» «install»\n\n\n"),
                Arguments.of("literal explicit indentation", "      - run: |4\n            «npm» «install»\n"),
                Arguments.of("literal after a comment line", "      - run: |\n          # npm install\n          «npm» «install»\n"),
                Arguments.of("literal with continuation", "      - run: |\n          «npm» \\\n            «install»\n"),
                Arguments.of("literal with a tab", "      - run: |\n          «npm»\t«install»\n"),
                Arguments.of("folded", "      - run: >\n          echo a;\n          «npm»\n          «install»\n"),
                Arguments.of("folded strip", "      - run: >-\n          «npm» «install»\n"),
                Arguments.of("crlf literal", "      - run: |\r\n          echo a\r\n          «npm» «install»\r\n"),
                Arguments.of("crlf folded", "      - run: >\r\n          «npm»\r\n          «install»\r\n"),
                Arguments.of("crlf plain multi-line", "      - run: echo a &&\r\n          «npm» «install»\r\n"),
                Arguments.of("quoted shell word", "      - run: «npm» «\"install\"»\n"),
                Arguments.of("sh -c one level deep", "      - run: sh -c '«npm» «install»'\n"),
                Arguments.of("command substitution", "      - run: echo $(«npm» «install»)\n"),
                Arguments.of("surrogate pair before", "      - run: echo 😀 && «npm» «install»\n"),
                Arguments.of("flow mapping step", "      - { name: x, run: «npm» «install» }\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void wordsMapToTheirSourceCharacters(String name, String step) {
        MarkedSource src = MarkedSource.parse(HEAD + step);
        RunScript script = workflow(src.text()).steps().get(0).run().orElseThrow();
        assertTrue(script.exact(), "exact mapping");
        Command npm = script.commands().stream().filter(c -> c.name().equals("npm")).findFirst()
                .orElseThrow(() -> new AssertionError("no npm command in " + script.commands()));
        List<Word> words = npm.words();
        assertEquals("install", words.get(1).value());
        assertEquals(src.ranges(), List.of(words.get(0).range(), words.get(1).range()));
    }

    @Test
    void scriptTextMapsEveryCharacter() {
        MarkedSource src = MarkedSource.parse(HEAD + "      - run: |\n          a\n          «b»\n");
        RunScript script = workflow(src.text()).steps().get(0).run().orElseThrow();
        assertEquals("a\nb\n", script.text().text());
        assertEquals(src.ranges().get(0), script.text().range(2, 3));
    }

    @Test
    void aBlockScalarEndingTheFileWithoutALineBreakKeepsItsMappingInside() {
        String text = HEAD + "      - run: |\n          npm install";
        RunScript script = workflow(text).steps().get(0).run().orElseThrow();
        assertEquals("npm install\n", script.text().text());
        assertEquals(text.length(), script.text().endOffset());
        assertEquals(Range.of(5, 10, 5, 21), script.commands().get(0).range());
    }

    @Test
    void onlyPosixShellsAreSplit() {
        String text = HEAD + """
                      - run: npm install
                        shell: pwsh
                      - run: npm install
                        shell: bash --noprofile --norc -eo pipefail {0}
                      - run: npm install
                        shell: ${{ matrix.shell }}
                      - run: print(1)
                        shell: python
                      - run: npm install
                        shell: cmd
                      - run: npm install
                        shell: /bin/sh -e {0}
                """;
        List<RunScript> scripts = workflow(text).steps().stream().map(s -> s.run().orElseThrow()).toList();
        assertEquals(List.of(false, true, false, false, false, true), scripts.stream().map(RunScript::isPosix).toList());
        assertEquals(List.of(0, 1, 0, 0, 0, 1), scripts.stream().map(s -> s.commands().size()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bash                         | bash",
        "bash -e {0}                  | bash",
        "'  sh  '                     | sh",
        "/usr/bin/bash --noprofile {0}| bash",
        "C:\\Git\\bin\\bash.exe {0}   | bash",
        "PWSH                         | pwsh",
        "${{ matrix.shell }}          | ''",
        "perl {0}                     | perl",
    })
    void shellNames(String shell, String name) {
        assertEquals(name, RunScript.shellName(shell));
    }

    @Test
    void emptyAndNullRunsAreNotScripts() {
        var steps = workflow(HEAD + "      - run:\n      - run: ~\n      - run: ''\n").steps();
        assertTrue(steps.get(0).run().isEmpty());
        assertTrue(steps.get(1).run().isEmpty());
        assertTrue(steps.get(2).run().orElseThrow().commands().isEmpty());
    }

    @Test
    void anEmptyScriptSitsBetweenItsQuotes() {
        RunScript script = workflow(HEAD + "      - run: ''\n").steps().get(0).run().orElseThrow();
        assertEquals(Range.of(4, 14, 4, 14), script.text().range());
    }
}
