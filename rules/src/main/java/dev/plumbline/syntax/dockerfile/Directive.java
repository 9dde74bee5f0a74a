package dev.plumbline.syntax.dockerfile;

import dev.plumbline.text.Range;

/**
 * A parser directive at the top of the file: {@code # syntax=…}, {@code # escape=…} or
 * {@code # check=…}.
 *
 * @param name the directive name in lower case
 * @param value the value, trimmed
 * @param line the 0-based line
 * @param range the whole comment line
 * @param valueRange the value
 */
public record Directive(String name, String value, int line, Range range, Range valueRange) {

    public static final String SYNTAX = "syntax";
    public static final String ESCAPE = "escape";
    public static final String CHECK = "check";
}
