package dev.plumbline.syntax.dockerfile;

import dev.plumbline.text.Range;

/** Something Docker's parser would reject, with the span it is about. */
public record ParseProblem(String message, Range range) {
}
