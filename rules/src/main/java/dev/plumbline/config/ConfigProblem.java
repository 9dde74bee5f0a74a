package dev.plumbline.config;

import dev.plumbline.text.Range;

/** Something wrong in a configuration file, where it is, and what was done instead. */
public record ConfigProblem(Range range, String message) {
}
