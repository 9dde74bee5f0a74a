package dev.plumbline.cli;

import java.io.PrintStream;

/** Prints a {@link CheckReport} in one output format. */
interface ReportWriter {

    /** @param out receives the report; @param err receives anything meant for a human only */
    void write(CheckReport report, PrintStream out, PrintStream err);
}
