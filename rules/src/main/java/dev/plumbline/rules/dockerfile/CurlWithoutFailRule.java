package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.CommandArgs;
import dev.plumbline.rules.dockerfile.support.CommandEdits;
import dev.plumbline.rules.dockerfile.support.RunSite;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Redirect;
import dev.plumbline.syntax.shell.Word;
import java.util.Set;

/**
 * curl that keeps what it downloads (in a file or a pipe) without {@code -f}: on an HTTP error curl
 * still exits 0 and the error page becomes the file, the archive or the script.
 */
public final class CurlWithoutFailRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/curl-without-fail", "curl keeps HTTP error pages",
            Severity.INFORMATION, Language.DOCKERFILE);

    static final String FIX_TITLE = "Insert -f";

    private static final CommandArgs.Spec CURL = CommandArgs.Spec.of(Set.of("output", "header", "data", "data-raw",
            "data-binary", "data-urlencode", "user", "request", "user-agent", "referer", "cookie", "cookie-jar",
            "continue-at", "cert", "cacert", "capath", "form", "config", "max-time", "connect-timeout", "range",
            "upload-file", "proxy", "proxy-user", "write-out", "output-dir", "retry", "retry-delay", "retry-max-time",
            "limit-rate", "max-filesize", "resolve", "connect-to", "interface", "dns-servers", "key", "pass", "url",
            "time-cond", "speed-limit", "speed-time", "telnet-option", "quote", "dump-header", "stderr", "trace",
            "trace-ascii", "tlsv1.2", "ciphers", "pinnedpubkey", "netrc-file", "create-file-mode", "variable", "json",
            "aws-sigv4", "oauth2-bearer", "unix-socket", "abstract-unix-socket", "happy-eyeballs-timeout-ms",
            "expect100-timeout", "keepalive-time", "max-redirs", "ftp-port", "socks5", "socks5-hostname", "preproxy",
            "noproxy", "mail-from", "mail-rcpt", "proto", "proto-redir", "proto-default", "location-trusted-hosts"),
            "AbcCdDeEFHKmoPQrtTuUwxXyYz");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (RunSite site : RunSite.all(context.model())) {
            context.checkCanceled();
            for (Command command : site.commands()) {
                if (!command.name().equals("curl")) {
                    continue;
                }
                CommandArgs args = CommandArgs.parse(command.arguments(), CURL);
                if (args.has("f", "fail", "fail-with-body", "help", "h", "V", "version")) {
                    continue;
                }
                String keptIn = keptIn(command, args);
                if (keptIn == null) {
                    continue;
                }
                Word curl = command.nameWord().orElseThrow();
                context.report(curl.range(), "curl " + keptIn + " without -f: an HTTP error page would be kept as"
                                + " the content and the command would still succeed")
                        .fix(FIX_TITLE, CommandEdits.insertAfter(command, curl, "-f"));
            }
        }
    }

    /** Where the body goes ("writes to a file", "feeds a pipe"), or null when it is only shown or discarded. */
    private static String keptIn(Command command, CommandArgs args) {
        boolean remoteName = args.has("O", "remote-name", "remote-name-all");
        boolean toFile = args.all("o").stream().anyMatch(o -> !o.value().orElse("").equals("/dev/null"))
                || args.all("output").stream().anyMatch(o -> !o.value().orElse("").equals("/dev/null"));
        boolean redirected = command.redirects().stream().anyMatch(Redirect::writesStdoutToFile);
        if (remoteName || toFile || redirected) {
            return "writes to a file";
        }
        boolean discarded = !args.all("o").isEmpty() || !args.all("output").isEmpty();
        if (command.pipesOut() && !discarded) {
            return "feeds a pipe";
        }
        return null;
    }
}
