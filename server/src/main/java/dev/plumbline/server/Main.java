package dev.plumbline.server;

import dev.plumbline.cli.CheckCommand;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The jar's entry point. No arguments (or {@code --stdio}, which LSP clients append) serves LSP on
 * stdin/stdout; {@code check} runs the command-line checker.
 */
public final class Main {

    static final String USAGE = """
            Usage:
              java -jar plumbline.jar [--stdio]     serve the Language Server Protocol on stdin/stdout
              java -jar plumbline.jar check [--format text|json|sarif] [--config FILE] [--workspace DIR]
                                            [--fail-on error|warning|info|never] [--include-hints] PATH...
                                                    check Dockerfiles, Kubernetes YAML and GitHub Actions workflows
              java -jar plumbline.jar --version     print the version
              java -jar plumbline.jar --help        print this help
            """;

    private Main() {
    }

    public static void main(String[] args) {
        int exit = run(args, System.out, System.err);
        if (exit != ServerLauncher.KEEP_RUNNING) {
            System.exit(exit);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> list = Arrays.asList(args);
        if (list.isEmpty() || list.equals(List.of("--stdio"))) {
            return ServerLauncher.serveStdio();
        }
        switch (list.get(0)) {
            case "check":
                return CheckCommand.run(list.subList(1, list.size()), out, err);
            case "--version", "-V", "version":
                out.println("plumbline " + Version.current());
                return 0;
            case "--help", "-h", "help":
                out.print(USAGE);
                return 0;
            default:
                err.println("plumbline: unknown argument '" + list.get(0) + "'");
                err.print(USAGE);
                return 2;
        }
    }
}
