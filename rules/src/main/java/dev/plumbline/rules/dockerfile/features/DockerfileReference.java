package dev.plumbline.rules.dockerfile.features;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the editor says about the parts of a Dockerfile: every instruction, builder flag, parser
 * directive and {@code --mount} option, in Plumbline's own words, with the values completion can
 * offer where they form a fixed set. One place, so hover and completion always agree.
 */
final class DockerfileReference {

    /**
     * One instruction.
     *
     * @param name the keyword in upper case
     * @param summary one sentence: what it does
     * @param syntax the forms it is written in
     * @param notes what people trip over
     * @param snippet what completion inserts after the keyword (snippet syntax)
     * @param flags the builder flags it takes
     */
    record InstructionDoc(String name, String summary, String syntax, String notes, String snippet, List<FlagDoc> flags) {

        Optional<FlagDoc> flag(String flagName) {
            return flags.stream().filter(f -> f.name().equals(flagName)).findFirst();
        }

        String markdown() {
            StringBuilder out = new StringBuilder("**").append(name).append("** — ").append(summary).append("\n\n```dockerfile\n")
                    .append(syntax).append("\n```");
            if (!notes.isEmpty()) {
                out.append("\n\n").append(notes);
            }
            if (!flags.isEmpty()) {
                out.append("\n\nFlags: ");
                out.append(String.join(", ", flags.stream().map(f -> "`--" + f.name() + "`").toList()));
            }
            return out.toString();
        }
    }

    /**
     * One builder flag of an instruction.
     *
     * @param name without dashes
     * @param summary what it does
     * @param valueHint how its value is written ("" for a switch without value)
     * @param values the values it takes when they form a fixed set
     * @param repeatable true when it may be given several times
     */
    record FlagDoc(String name, String summary, String valueHint, List<String> values, boolean repeatable) {

        boolean takesValue() {
            return !valueHint.isEmpty();
        }

        String markdown(String instruction) {
            String form = takesValue() ? "--" + name + "=" + valueHint : "--" + name;
            StringBuilder out = new StringBuilder("**`").append(form).append("`** (").append(instruction).append(" flag) — ")
                    .append(summary);
            if (!values.isEmpty()) {
                out.append("\n\nValues: ").append(String.join(", ", values.stream().map(v -> "`" + v + "`").toList()));
            }
            return out.toString();
        }
    }

    /** A key of a {@code --mount} value, e.g. {@code target}; {@code types} lists the mount types it belongs to. */
    record MountKeyDoc(String name, String summary, List<String> types, List<String> values, String snippet) {

        String markdown() {
            StringBuilder out = new StringBuilder("**`").append(name).append("`** (`--mount` option) — ").append(summary);
            if (!values.isEmpty()) {
                out.append("\n\nValues: ").append(String.join(", ", values.stream().map(v -> "`" + v + "`").toList()));
            }
            out.append("\n\nFor mounts of type ").append(String.join(", ", types.stream().map(t -> "`" + t + "`").toList()))
                    .append('.');
            return out.toString();
        }
    }

    /** A parser directive ({@code # name=value} at the very top of the file). */
    record DirectiveDoc(String name, String summary, String example, List<String> values) {

        String markdown() {
            return "**`# " + name + "=`** (parser directive) — " + summary + "\n\n```dockerfile\n" + example + "\n```"
                    + "\n\nDirectives are read only at the top of the file, before any comment, blank line or"
                    + " instruction; further down the same line is an ordinary comment.";
        }
    }

    /** A mount type and the keys it takes. */
    record MountTypeDoc(String name, String summary, String snippet) {
    }

    private static final FlagDoc PLATFORM = flag("platform",
            "Builds on the image variant for this platform instead of the one being built for. Mostly used as"
                    + " `--platform=$BUILDPLATFORM` on build stages that cross-compile, so the compiler runs natively.",
            "<os>/<arch>[/<variant>]", List.of("$BUILDPLATFORM", "$TARGETPLATFORM", "linux/amd64", "linux/arm64",
                    "linux/arm/v7", "linux/386", "linux/ppc64le", "linux/s390x", "windows/amd64"));
    private static final FlagDoc CHOWN = flag("chown",
            "Gives the copied files this owner (and group) instead of root. Names are looked up in the image's"
                    + " `/etc/passwd` and `/etc/group`; numbers are taken as they are.",
            "<user>[:<group>]", List.of());
    private static final FlagDoc CHMOD = flag("chmod",
            "Sets the permissions of the copied files, as an octal mode (`0755`) or, with newer BuildKit, symbolic"
                    + " (`u=rwx,go=rx`).",
            "<mode>", List.of());
    private static final FlagDoc LINK = flag("link",
            "Copies into an independent layer that does not depend on the layers before it, so a changed base"
                    + " image does not invalidate it and the layer can be reused (rebased) as it is.",
            "", List.of());
    private static final FlagDoc EXCLUDE = new FlagDoc("exclude",
            "Leaves out the paths matching this pattern (may be given several times). Needs a Dockerfile syntax"
                    + " that supports it (`docker/dockerfile:1.7-labs` or later).",
            "<pattern>", List.of(), true);

    private static final Map<String, InstructionDoc> INSTRUCTIONS = new LinkedHashMap<>();
    private static final Map<String, DirectiveDoc> DIRECTIVES = new LinkedHashMap<>();
    private static final Map<String, MountKeyDoc> MOUNT_KEYS = new LinkedHashMap<>();
    private static final Map<String, MountTypeDoc> MOUNT_TYPES = new LinkedHashMap<>();

    static {
        instruction("FROM", "Starts a build stage on top of a base image, another stage, or `scratch` (nothing).",
                "FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]",
                "Everything up to the next `FROM` belongs to this stage; the last stage is the image `docker build`"
                        + " produces unless `--target` picks another. Only ARGs declared before the first `FROM` can be"
                        + " used in the image name.",
                "${1:image}:${2:tag} AS ${3:name}", PLATFORM);
        instruction("RUN", "Runs a command while building and keeps what it changed in the file system as a new layer.",
                "RUN [--mount=…] [--network=…] <command>\nRUN [\"executable\", \"arg\", …]\nRUN <<EOF\n…\nEOF",
                "The shell form runs through the stage's `SHELL` (`/bin/sh -c` by default); the JSON (exec) form runs"
                        + " the program directly with no shell, so no `$VAR`, pipes or `&&`. Files deleted in a later"
                        + " `RUN` still take space in the earlier layer: clean up in the same `RUN`.",
                "${1:command}",
                new FlagDoc("mount", "Makes extra files available to this command only: a cache that survives"
                        + " between builds, a secret, an SSH agent, a temporary file system, or files from another"
                        + " stage or the build context. Nothing mounted ends up in the image.",
                        "type=<bind|cache|tmpfs|secret|ssh>,<option>=<value>,…", List.of(), true),
                flag("network", "Chooses the network the command sees: the default one, none at all (a build step"
                        + " that must not download anything), or the host's (needs the builder to allow it).",
                        "<default|none|host>", List.of("default", "none", "host")),
                flag("security", "Runs the command with extended privileges (`insecure`) or the default sandbox. Needs"
                        + " a labs Dockerfile syntax and a builder started with the entitlement.",
                        "<sandbox|insecure>", List.of("sandbox", "insecure")));
        instruction("CMD", "Sets the default command (or the default arguments of the `ENTRYPOINT`) of containers started"
                        + " from the image.",
                "CMD [\"executable\", \"arg\", …]\nCMD [\"arg\", …]   (arguments for ENTRYPOINT)\nCMD command arg …",
                "Only the last `CMD` counts. `docker run image args…` replaces it. Prefer the JSON form: the shell"
                        + " form runs under `/bin/sh -c`, which does not pass signals on to your program.",
                "[\"${1:executable}\", \"${2:arg}\"]");
        instruction("LABEL", "Adds metadata (key/value pairs) to the image.",
                "LABEL <key>=<value> [<key>=<value> …]",
                "Labels of the base image are inherited. Use the `org.opencontainers.image.*` keys for the"
                        + " well-known ones (source, version, licenses …).",
                "${1:org.opencontainers.image.source}=\"${2:value}\"");
        instruction("MAINTAINER", "Records the image's author. Deprecated: use a label instead.",
                "MAINTAINER <name>",
                "Write `LABEL org.opencontainers.image.authors=\"…\"` instead.",
                "${1:name}");
        instruction("EXPOSE", "Documents the ports the container listens on; it does not publish them.",
                "EXPOSE <port>[/<tcp|udp>] …",
                "Ports are published with `docker run -p` (or `-P`, which publishes every exposed port).",
                "${1:8080}");
        instruction("ENV", "Sets environment variables for the rest of the stage and in containers started from the image.",
                "ENV <key>=<value> [<key>=<value> …]",
                "Values stay in the image (and in `docker inspect`): never put secrets here. Stages built `FROM`"
                        + " this one inherit them. The old `ENV key value` form is deprecated.",
                "${1:NAME}=${2:value}");
        instruction("ADD", "Copies files into the image like `COPY`, and can also fetch URLs and Git repositories and"
                        + " unpack local tar archives.",
                "ADD [--chown=…] [--chmod=…] [--checksum=…] <src>… <dest>\nADD [\"<src>\", … \"<dest>\"]",
                "Use `COPY` for plain files: `ADD`'s automatic unpacking surprises people. Pin remote files with"
                        + " `--checksum`.",
                "${1:source} ${2:destination}",
                CHOWN, CHMOD, LINK,
                flag("checksum", "Checks a downloaded file against this digest and fails the build when it differs.",
                        "<algorithm>:<hex>", List.of()),
                flag("keep-git-dir", "Keeps the `.git` directory when adding a Git repository.", "<true|false>",
                        List.of("true", "false")),
                EXCLUDE);
        instruction("COPY", "Copies files from the build context, another stage or an image into the image.",
                "COPY [--from=<stage|image>] [--chown=…] [--chmod=…] [--link] <src>… <dest>\nCOPY [\"<src>\", … \"<dest>\"]",
                "Sources are relative to the build context (or to the root of the `--from` stage); a destination"
                        + " ending in `/` is a directory. What `.dockerignore` excludes cannot be copied.",
                "${1:source} ${2:destination}",
                flag("from", "Copies from a build stage (by name or index) or from an image instead of the build context.",
                        "<stage|index|image>", List.of()),
                CHOWN, CHMOD, LINK,
                flag("parents", "Keeps the source paths' parent directories under the destination. Needs a Dockerfile"
                        + " syntax that supports it.", "", List.of()),
                EXCLUDE);
        instruction("ENTRYPOINT", "Sets the program containers run; `CMD` and `docker run` arguments are passed to it.",
                "ENTRYPOINT [\"executable\", \"arg\", …]\nENTRYPOINT command arg …",
                "Only the last `ENTRYPOINT` counts. In the shell form the program is a child of `/bin/sh -c`: it"
                        + " receives no signals and ignores `CMD`. Prefer the JSON form.",
                "[\"${1:executable}\", \"${2:arg}\"]");
        instruction("VOLUME", "Declares mount points whose content lives outside the container's writable layer.",
                "VOLUME [\"/path\", …]\nVOLUME /path …",
                "Changes a later build step makes inside a declared volume are thrown away.",
                "${1:/data}");
        instruction("USER", "Sets the user (and group) that later `RUN`, `CMD` and `ENTRYPOINT` run as.",
                "USER <user>[:<group>]\nUSER <uid>[:<gid>]",
                "Without it everything runs as root. A numeric UID works even when the name is unknown to the"
                        + " platform (Kubernetes' `runAsNonRoot` needs a number).",
                "${1:10001}");
        instruction("WORKDIR", "Sets the working directory for the instructions after it (and for containers), creating it"
                        + " when missing.",
                "WORKDIR /absolute/path",
                "A relative path is taken relative to the previous `WORKDIR`; use absolute paths. Prefer it to"
                        + " `cd` in `RUN`.",
                "${1:/app}");
        instruction("ARG", "Declares a build argument that `docker build --build-arg` can set, with an optional default.",
                "ARG <name>[=<default>] …",
                "Before the first `FROM` it is global and usable in `FROM` lines only; inside a stage it is visible"
                        + " from its declaration to the end of the stage (declare a global one again, without a"
                        + " value, to use it there). Values can be seen in the image history: not for secrets.",
                "${1:NAME}=${2:default}");
        instruction("ONBUILD", "Stores an instruction that runs later, when another Dockerfile builds `FROM` this image.",
                "ONBUILD <instruction>",
                "The stored instruction does nothing in this build. `ONBUILD ONBUILD`, `ONBUILD FROM` and"
                        + " `ONBUILD MAINTAINER` are not allowed.",
                "${1:RUN} ${2:command}");
        instruction("STOPSIGNAL", "Sets the signal that `docker stop` sends to ask the container to exit.",
                "STOPSIGNAL <signal>",
                "The default is `SIGTERM`; some servers expect another one (nginx: `SIGQUIT`).",
                "${1:SIGTERM}");
        instruction("HEALTHCHECK", "Sets the command that tells whether a running container is healthy, or switches off"
                        + " the one inherited from the base image.",
                "HEALTHCHECK [--interval=…] [--timeout=…] [--retries=…] CMD <command>\nHEALTHCHECK NONE",
                "The command's exit status decides: 0 healthy, 1 unhealthy. Only the last `HEALTHCHECK` counts."
                        + " Orchestrators such as Kubernetes use their own probes instead.",
                "CMD ${1:curl -fsS http://localhost:8080/ || exit 1}",
                flag("interval", "How long to wait between checks (default `30s`).", "<duration>", List.of("30s", "1m")),
                flag("timeout", "How long one check may take before it counts as failed (default `30s`).", "<duration>",
                        List.of("5s", "10s", "30s")),
                flag("start-period", "How long a starting container has before failed checks count (default `0s`).",
                        "<duration>", List.of("10s", "30s", "1m")),
                flag("start-interval", "How long to wait between checks during the start period (default `5s`).",
                        "<duration>", List.of("1s", "5s")),
                flag("retries", "How many failed checks in a row make the container unhealthy (default `3`).",
                        "<count>", List.of("3", "5")));
        instruction("SHELL", "Sets the shell that the shell form of later `RUN`, `CMD` and `ENTRYPOINT` runs in.",
                "SHELL [\"executable\", \"arg\", …]",
                "Must be written in JSON form. `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` makes a"
                        + " failing command inside a pipe fail the step.",
                "[\"${1:/bin/bash}\", \"-o\", \"pipefail\", \"-c\"]");

        directive("syntax", "Chooses the Dockerfile frontend (parser and builder) BuildKit uses for this file, as an image"
                        + " reference; newer syntaxes add features such as heredocs or `COPY --exclude`.",
                "# syntax=docker/dockerfile:1", List.of("docker/dockerfile:1", "docker/dockerfile:1-labs"));
        directive("escape", "Sets the character that escapes and continues lines: `\\` (the default) or a backtick,"
                        + " which suits Windows paths.",
                "# escape=`", List.of("\\", "`"));
        directive("check", "Configures BuildKit's build checks for this file: `skip=` a list of check names (or `all`),"
                        + " `error=true` to fail the build on a check's warning. Plumbline honours `skip` for the checks"
                        + " it knows.",
                "# check=skip=JSONArgsRecommended,StageNameCasing;error=true", List.of("skip=", "error=true"));

        mountType("bind", "Mounts files of the build context, or of another stage or image with `from=`, read-only by"
                + " default.", "type=bind,source=${1:.},target=${2:/src}");
        mountType("cache", "A directory that persists between builds (package manager and compiler caches); never part"
                + " of the image.", "type=cache,target=${1:/root/.cache}");
        mountType("tmpfs", "An empty in-memory file system, gone after the command.", "type=tmpfs,target=${1:/tmp}");
        mountType("secret", "A secret passed with `docker build --secret id=…`, as a file (or environment variable)"
                + " visible to this command only.", "type=secret,id=${1:name}");
        mountType("ssh", "Access to the SSH agent (or keys) passed with `docker build --ssh`, e.g. to clone private"
                + " repositories.", "type=ssh");

        mountKey("type", "The kind of mount (default `bind`).", List.of("bind", "cache", "tmpfs", "secret", "ssh"),
                List.of("bind", "cache", "tmpfs", "secret", "ssh"), "type=${1:cache}");
        mountKey("target", "Where the mount appears for the command (also `dst`, `destination`).",
                List.of("bind", "cache", "tmpfs", "secret", "ssh"), List.of(), "target=${1:/path}");
        mountKey("source", "The path to mount inside `from` (default: its root) (also `src`).", List.of("bind", "cache"),
                List.of(), "source=${1:.}");
        mountKey("from", "The stage, stage index or image to mount from (default: the build context; for a cache, an"
                + " empty directory).", List.of("bind", "cache"), List.of(), "from=${1:stage}");
        mountKey("rw", "Makes a bind mount writable; the writes are thrown away afterwards (also `readwrite`).",
                List.of("bind"), List.of(), "rw");
        mountKey("readonly", "Makes the mount read-only (also `ro`).", List.of("bind", "cache"), List.of("true", "false"),
                "readonly");
        mountKey("id", "Names the cache, secret or SSH key; caches with the same id are shared (default: the target).",
                List.of("cache", "secret", "ssh"), List.of(), "id=${1:name}");
        mountKey("sharing", "How parallel builds share one cache: `shared` (default), `private` (a copy each) or"
                + " `locked` (one at a time).", List.of("cache"), List.of("shared", "private", "locked"),
                "sharing=${1:locked}");
        mountKey("mode", "The mount's file mode, in octal (cache default `0755`, secret and SSH socket `0600`).",
                List.of("cache", "secret", "ssh"), List.of(), "mode=${1:0755}");
        mountKey("uid", "The numeric user that owns the mount (default `0`).", List.of("cache", "secret", "ssh"), List.of(),
                "uid=${1:0}");
        mountKey("gid", "The numeric group that owns the mount (default `0`).", List.of("cache", "secret", "ssh"),
                List.of(), "gid=${1:0}");
        mountKey("size", "The largest size of the tmpfs, e.g. `64m` (default: no limit).", List.of("tmpfs"), List.of(),
                "size=${1:64m}");
        mountKey("required", "Fails the step when the secret or SSH key was not passed (default `false`).",
                List.of("secret", "ssh"), List.of("true", "false"), "required=${1:true}");
        mountKey("env", "Also exposes the secret as this environment variable.", List.of("secret"), List.of(),
                "env=${1:NAME}");
    }

    private DockerfileReference() {
    }

    private static FlagDoc flag(String name, String summary, String valueHint, List<String> values) {
        return new FlagDoc(name, summary, valueHint, values, false);
    }

    private static void instruction(String name, String summary, String syntax, String notes, String snippet,
            FlagDoc... flags) {
        INSTRUCTIONS.put(name, new InstructionDoc(name, summary, syntax, notes, snippet, List.of(flags)));
    }

    private static void directive(String name, String summary, String example, List<String> values) {
        DIRECTIVES.put(name, new DirectiveDoc(name, summary, example, values));
    }

    private static void mountType(String name, String summary, String snippet) {
        MOUNT_TYPES.put(name, new MountTypeDoc(name, summary, snippet));
    }

    private static void mountKey(String name, String summary, List<String> types, List<String> values, String snippet) {
        MOUNT_KEYS.put(name, new MountKeyDoc(name, summary, types, values, snippet));
    }

    static Optional<InstructionDoc> instruction(String keyword) {
        return Optional.ofNullable(INSTRUCTIONS.get(keyword.toUpperCase(Locale.ROOT)));
    }

    static List<InstructionDoc> instructions() {
        return List.copyOf(INSTRUCTIONS.values());
    }

    static Optional<DirectiveDoc> directive(String name) {
        return Optional.ofNullable(DIRECTIVES.get(name.toLowerCase(Locale.ROOT)));
    }

    static List<DirectiveDoc> directives() {
        return List.copyOf(DIRECTIVES.values());
    }

    /** A mount key by any of its spellings ({@code dst}, {@code src}, {@code ro} …). */
    static Optional<MountKeyDoc> mountKey(String key) {
        String canonical = switch (key.toLowerCase(Locale.ROOT)) {
            case "dst", "destination" -> "target";
            case "src" -> "source";
            case "ro" -> "readonly";
            case "readwrite" -> "rw";
            default -> key.toLowerCase(Locale.ROOT);
        };
        return Optional.ofNullable(MOUNT_KEYS.get(canonical));
    }

    static List<MountKeyDoc> mountKeys() {
        return List.copyOf(MOUNT_KEYS.values());
    }

    static Optional<MountTypeDoc> mountType(String type) {
        return Optional.ofNullable(MOUNT_TYPES.get(type.toLowerCase(Locale.ROOT)));
    }

    static List<MountTypeDoc> mountTypes() {
        return List.copyOf(MOUNT_TYPES.values());
    }

    /** Signals {@code STOPSIGNAL} is usually given. */
    static final List<String> SIGNALS = List.of("SIGTERM", "SIGINT", "SIGQUIT", "SIGKILL", "SIGHUP", "SIGUSR1", "SIGUSR2",
            "SIGWINCH");

    /**
     * The build arguments BuildKit sets by itself: usable in {@code FROM} lines, and in a stage once
     * declared there with {@code ARG}.
     */
    static final Map<String, String> AUTOMATIC_ARGS = automaticArgs();

    private static Map<String, String> automaticArgs() {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("TARGETPLATFORM", "the platform being built for, e.g. `linux/arm64`");
        args.put("TARGETOS", "the OS of the platform being built for, e.g. `linux`");
        args.put("TARGETARCH", "the architecture being built for, e.g. `amd64`");
        args.put("TARGETVARIANT", "the variant of the architecture being built for, e.g. `v7`");
        args.put("BUILDPLATFORM", "the platform of the machine running the build");
        args.put("BUILDOS", "the OS of the machine running the build");
        args.put("BUILDARCH", "the architecture of the machine running the build");
        args.put("BUILDVARIANT", "the architecture variant of the machine running the build");
        for (String proxy : List.of("HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY", "ALL_PROXY")) {
            String what = "the proxy setting passed with `--build-arg " + proxy + "=…` (kept out of the image history)";
            args.put(proxy, what);
            args.put(proxy.toLowerCase(Locale.ROOT), what);
        }
        return args;
    }
}
