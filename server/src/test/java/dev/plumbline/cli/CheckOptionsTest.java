package dev.plumbline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckOptionsTest {

    private static CheckOptions parse(String... args) throws UsageException {
        return CheckOptions.parse(List.of(args));
    }

    private static String usageError(String... args) {
        return assertThrows(UsageException.class, () -> parse(args)).getMessage();
    }

    @Test
    void defaultsAreTextFailOnErrorNoHints() throws UsageException {
        CheckOptions options = parse("a", "b");
        assertEquals(OutputFormat.TEXT, options.format());
        assertEquals(Optional.of(Severity.ERROR), options.failOn());
        assertEquals(Optional.empty(), options.config());
        assertFalse(options.includeHints());
        assertFalse(options.help());
        assertEquals(List.of("a", "b"), options.paths());
    }

    @Test
    void takesValuesAsNextArgumentOrAfterEquals() throws UsageException {
        CheckOptions separate = parse("--format", "json", "--config", "c.yaml", "--fail-on", "warning", "--include-hints", "x");
        CheckOptions joined = parse("--format=json", "--config=c.yaml", "--fail-on=warning", "--include-hints", "x");
        assertEquals(separate, joined);
        assertEquals(OutputFormat.JSON, joined.format());
        assertEquals(Optional.of("c.yaml"), joined.config());
        assertEquals(Optional.of(Severity.WARNING), joined.failOn());
        assertTrue(joined.includeHints());
    }

    @ParameterizedTest
    @CsvSource({"error, ERROR", "warning, WARNING", "info, INFORMATION", "information, INFORMATION"})
    void failOnThresholds(String word, Severity expected) throws UsageException {
        assertEquals(Optional.of(expected), parse("--fail-on", word, ".").failOn());
    }

    @Test
    void failOnNeverHasNoThreshold() throws UsageException {
        assertEquals(Optional.empty(), parse("--fail-on=never", ".").failOn());
    }

    @Test
    void sarifFormat() throws UsageException {
        assertEquals(OutputFormat.SARIF, parse("--format", "sarif", ".").format());
    }

    @Test
    void laterOptionWins() throws UsageException {
        assertEquals(OutputFormat.TEXT, parse("--format=json", "--format=text", ".").format());
    }

    @Test
    void doubleDashEndsOptions() throws UsageException {
        assertEquals(List.of("--format", "-x"), parse("--", "--format", "-x").paths());
    }

    @Test
    void helpNeedsNoPath() throws UsageException {
        assertTrue(parse("--help").help());
        assertTrue(parse("-h").help());
    }

    @Test
    void usageErrorsSayWhatIsWrong() {
        assertEquals("unknown option '--colour'", usageError("--colour", "."));
        assertEquals("unknown option '-x'", usageError("-x", "."));
        assertEquals("no PATH given (use . for the current folder)", usageError("--format", "json"));
        assertEquals("--format must be text, json or sarif, not 'xml'", usageError("--format=xml", "."));
        assertEquals("--fail-on must be error, warning, info or never, not 'hint'", usageError("--fail-on", "hint", "."));
        assertEquals("--fail-on must be error, warning, info or never, not 'always'", usageError("--fail-on=always", "."));
        assertEquals("--config needs a value", usageError(".", "--config"));
        assertEquals("--config needs a value", usageError("--config", "--format", "json", "."));
        assertEquals("--format needs a value", usageError("--format=", "."));
        assertEquals("--include-hints takes no value", usageError("--include-hints=yes", "."));
    }
}
