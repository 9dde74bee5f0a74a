package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A package manager's command line: which tool ({@code apt-get}, {@code apk}, {@code pip} …), the
 * word naming it, its subcommand (the first operand) and its arguments split into options and
 * operands with that tool's own option rules. Wrappers in front ({@code sudo}, {@code env},
 * {@code eatmydata}, {@code command}, {@code exec}, {@code nohup}) are looked through; {@code pip} may be
 * {@code pip3.12}, a path, or {@code python -m pip}.
 *
 * @param tool which package manager
 * @param command the command it is part of
 * @param toolWord the word naming the tool ({@code pip} for {@code python -m pip})
 * @param args the words after the tool, parsed
 */
public record PackageCommand(Tool tool, Command command, Word toolWord, CommandArgs args) {

    /** The package managers the rules know, with the options of each that take a value. */
    public enum Tool {
        APT_GET("apt-get", Set.of("option", "config-file", "target-release", "default-release", "host-architecture"),
                "octa"),
        APT("apt", APT_GET.spec.longWithValue(), "octa"),
        APK("apk", Set.of("repository", "root", "arch", "keys-dir", "repositories-file", "cache-dir", "virtual",
                "cache-max-age", "timeout"), "Xpt"),
        YUM("yum", Rpm.LONG, Rpm.SHORT),
        DNF("dnf", Rpm.LONG, Rpm.SHORT),
        MICRODNF("microdnf", Rpm.LONG, Rpm.SHORT),
        TDNF("tdnf", Rpm.LONG, Rpm.SHORT),
        ZYPPER("zypper", Set.of("root", "config", "reposd-dir", "cache-dir", "raw-cache-dir", "solv-cache-dir",
                "pkg-cache-dir", "type", "repo", "from"), "RctrC"),
        PIP("pip", Set.of("requirement", "constraint", "editable", "index-url", "extra-index-url", "find-links",
                "target", "prefix", "root", "platform", "python-version", "implementation", "abi", "no-binary",
                "only-binary", "progress-bar", "proxy", "trusted-host", "upgrade-strategy", "src", "cache-dir", "log",
                "log-file", "timeout", "retries", "exists-action", "cert", "client-cert", "python", "use-feature",
                "use-deprecated", "keyring-provider", "config-settings", "global-option", "build-option", "report",
                "root-user-action", "group", "install-option"), "rceiftC"),
        NPM("npm", Set.of("prefix", "workspace", "omit", "include", "registry", "cache", "userconfig",
                "globalconfig", "loglevel", "location", "install-strategy", "tag", "before", "cpu", "os", "libc",
                "script-shell", "fetch-retries", "fetch-timeout", "proxy", "https-proxy", "ca", "cafile", "otp",
                "audit-level", "lockfile-version", "save-prefix", "node-options", "maxsockets",
                "network-concurrency"), "Cw"),
        YARN("yarn", Set.of("cwd", "modules-folder", "cache-folder", "mutex", "network-timeout", "registry",
                "network-concurrency", "mode"), ""),
        PNPM("pnpm", Set.of("dir", "filter", "reporter", "store-dir", "virtual-store-dir", "modules-dir",
                "workspace-dir", "config"), "CF"),
        GEM("gem", Set.of("version", "source", "install-dir", "bindir", "platform", "trust-policy", "build-root"),
                "vsinP"),
        GO("go", Set.of("o", "C", "p", "tags", "ldflags", "gcflags", "asmflags", "gccgoflags", "modfile",
                "overlay", "pkgdir", "toolexec", "exec", "mod", "buildmode", "compiler", "installsuffix", "pgo",
                "covermode", "coverpkg"), ""),
        BUNDLE("bundle", Set.of("path", "without", "with", "gemfile", "jobs", "retry", "binstubs", "shebang",
                "trust-policy"), "j"),
        UV("uv", Set.of("python", "index-url", "extra-index-url", "default-index", "index", "find-links",
                "directory", "project", "package", "extra", "group", "only-group", "no-group", "cache-dir",
                "config-file", "constraint", "override", "requirement", "target", "prefix"), "prcd");

        private final String program;
        private final CommandArgs.Spec spec;

        Tool(String program, Set<String> longWithValue, String shortWithValue) {
            this.program = program;
            this.spec = new CommandArgs.Spec(longWithValue, shortWithValue, program.equals("go"));
        }

        /** The program name, e.g. {@code apt-get}. */
        public String program() {
            return program;
        }

        public CommandArgs.Spec spec() {
            return spec;
        }
    }

    /** Options shared by yum, dnf, microdnf and tdnf. */
    private static final class Rpm {
        static final Set<String> LONG = Set.of("exclude", "enablerepo", "disablerepo", "setopt", "installroot",
                "releasever", "config", "repo", "repoid", "repofrompath", "downloaddir", "destdir", "disableplugin",
                "enableplugin", "forcearch", "color", "debuglevel", "errorlevel", "rpmverbosity", "comment",
                "advisory", "bz", "cve", "sec-severity");
        static final String SHORT = "cdexR";
    }

    private static final Set<String> WRAPPERS = Set.of("sudo", "env", "eatmydata", "command", "exec", "nohup");
    /** sudo's and env's options that take a value. */
    private static final String WRAPPER_SHORT_WITH_VALUE = "ugCDhprtUS";

    /** Reads {@code command} as a package manager's command line, if it is one. */
    public static Optional<PackageCommand> of(Command command) {
        // many rules ask about every command of every RUN: read each command once
        return command.derived(PackageCommand.class, PackageCommand::read);
    }

    private static Optional<PackageCommand> read(Command command) {
        List<Word> words = command.words();
        int i = programIndex(words);
        if (i < 0) {
            return Optional.empty();
        }
        String name = baseName(words.get(i).value());
        Tool tool = toolNamed(name);
        if (tool == null && isVersioned(name, "python")) {
            int m = moduleIndex(words, i, "pip");
            if (m < 0) {
                return Optional.empty();
            }
            return Optional.of(new PackageCommand(Tool.PIP, command, words.get(m),
                    CommandArgs.parse(words.subList(m + 1, words.size()), Tool.PIP.spec)));
        }
        if (tool == null) {
            return Optional.empty();
        }
        return Optional.of(new PackageCommand(tool, command, words.get(i),
                CommandArgs.parse(words.subList(i + 1, words.size()), tool.spec)));
    }

    /** Reads {@code command} as {@code tool}'s command line; empty when it is another program. */
    public static Optional<PackageCommand> of(Command command, Tool tool) {
        return of(command).filter(p -> p.tool() == tool);
    }

    /** The index of the word that names the program, after wrappers; -1 when there is none. */
    static int programIndex(List<Word> words) {
        int i = 0;
        while (i < words.size()) {
            String name = baseName(words.get(i).value());
            if (!WRAPPERS.contains(name)) {
                return i;
            }
            i++;
            // the wrapper's own options and (for env) assignments
            while (i < words.size()) {
                String v = words.get(i).value();
                if (v.equals("--")) {
                    i++;
                    break;
                }
                if (v.startsWith("-") && v.length() > 1) {
                    char last = v.charAt(v.length() - 1);
                    boolean takesValue = !v.startsWith("--") && v.length() == 2
                            && WRAPPER_SHORT_WITH_VALUE.indexOf(last) >= 0 && !name.equals("command");
                    i += takesValue ? 2 : 1;
                } else if (name.equals("env") && v.indexOf('=') > 0) {
                    i++;
                } else {
                    break;
                }
            }
        }
        return -1;
    }

    private static Tool toolNamed(String name) {
        if (isVersioned(name, "pip")) {
            return Tool.PIP;
        }
        if (name.equals("bundler")) {
            return Tool.BUNDLE;
        }
        for (Tool tool : Tool.values()) {
            if (tool.program.equals(name)) {
                return tool;
            }
        }
        return null;
    }

    /** For {@code python [opts] -m module …}: the index of the module word; -1 when it runs something else. */
    private static int moduleIndex(List<Word> words, int python, String module) {
        for (int i = python + 1; i < words.size(); i++) {
            String v = words.get(i).value();
            if (v.equals("-m")) {
                return i + 1 < words.size() && words.get(i + 1).value().equals(module) ? i + 1 : -1;
            }
            if (v.equals("-m" + module)) {
                return i;
            }
            if (!v.startsWith("-")) {
                return -1;
            }
        }
        return -1;
    }

    static String baseName(String value) {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    /** {@code base}, {@code base3}, {@code base3.12}. */
    static boolean isVersioned(String name, String base) {
        if (!name.startsWith(base)) {
            return false;
        }
        String version = name.substring(base.length());
        return version.isEmpty() || version.matches("[0-9]+(\\.[0-9]+)*");
    }

    /** The subcommand: the first operand ({@code install} in {@code apt-get -q install x}). */
    public Optional<Word> subcommand() {
        return args.firstOperand();
    }

    /** True when the subcommand is one of {@code names}. */
    public boolean isSubcommand(String... names) {
        Optional<Word> sub = subcommand();
        if (sub.isEmpty()) {
            return false;
        }
        for (String name : names) {
            if (sub.get().value().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The operands after the subcommand (package names, paths …). */
    public List<Word> operands() {
        return args.operandsAfterFirst();
    }

    /** True when one of the options (long names or single letters) is present anywhere on the line. */
    public boolean has(String... names) {
        return args.has(names);
    }

    /** {@code apt-get install}: the tool and subcommand as written, for messages. */
    public String describe() {
        String program = baseName(command.words().get(Math.max(0, programIndex(command.words()))).value());
        String tool = this.tool == Tool.PIP && isVersioned(program, "python") ? program + " -m pip" : toolWord.value();
        return subcommand().map(s -> tool + " " + s.value()).orElse(tool);
    }
}
