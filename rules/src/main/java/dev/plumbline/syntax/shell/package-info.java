/**
 * POSIX shell scripts as the command rules of every file kind see them, independent of where the
 * script is written: {@link dev.plumbline.syntax.shell.ShellCommands} splits a
 * {@link dev.plumbline.syntax.shell.MappedText} (text assembled from pieces of a document, each
 * character knowing its document offsets) into {@link dev.plumbline.syntax.shell.Command}s of
 * {@link dev.plumbline.syntax.shell.Word}s with exact document ranges. A Dockerfile {@code RUN}
 * builds the mapped text over continuation lines and JSON escapes, a workflow {@code run:} over its
 * YAML scalar.
 */
package dev.plumbline.syntax.shell;
