package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.RunCommand;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.Word;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fetching code with TLS checks off or over plain http: {@code curl -k}, {@code wget --no-check-certificate},
 * {@code pip --trusted-host}, {@code npm/yarn config set strict-ssl false}, {@code git -c http.sslVerify=false},
 * {@code http://} URLs given to curl, wget or ADD. Anyone on the network path can swap the content.
 */
public final class InsecureDownloadRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/insecure-download", "Download without TLS verification",
            Severity.WARNING, Language.DOCKERFILE);

    /** curl short options that take a value: in a group such as {@code -Xk}, what follows them is that value. */
    private static final String CURL_VALUE_OPTIONS = "ABCDEFHKPQTUXYbcdehmortuwxyz";
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "0.0.0.0", "[::1]", "host.docker.internal");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (RunCommand rc : RunCommand.all(context.model())) {
            check(context, rc.command());
        }
        for (Instruction instruction : context.model().instructions()) {
            Instruction effective = RunCommand.effective(instruction);
            if (effective.is("ADD")) {
                List<Word> args = effective.arguments();
                for (int i = 0; i < args.size() - 1; i++) {
                    if (isPlainHttp(args.get(i).value())) {
                        report(context, args.get(i), "ADD downloads over plain http");
                    }
                }
            }
        }
    }

    private static void check(RuleContext<Dockerfile> context, Command command) {
        String name = command.name();
        List<Word> args = command.arguments();
        for (int i = 0; i < args.size(); i++) {
            Word arg = args.get(i);
            String v = arg.value();
            String next = i + 1 < args.size() ? args.get(i + 1).value() : "";
            String problem = switch (name) {
                case "curl" -> v.equals("--insecure") || curlGroupHasK(v) ? "curl " + v + " turns off certificate checks"
                        : isPlainHttp(v) ? "curl downloads over plain http" : null;
                case "wget" -> v.equals("--no-check-certificate") ? "wget --no-check-certificate turns off certificate checks"
                        : isPlainHttp(v) ? "wget downloads over plain http" : null;
                case "pip", "pip3" -> v.equals("--trusted-host") || v.startsWith("--trusted-host=")
                        ? name + " --trusted-host turns off certificate checks for that host" : null;
                case "npm", "yarn", "pnpm" -> (v.equals("strict-ssl") && next.equals("false")) || v.equals("--strict-ssl=false")
                        ? name + " strict-ssl false turns off certificate checks" : null;
                case "git" -> sslVerifyOff(v, next) ? "git http.sslVerify=false turns off certificate checks" : null;
                default -> null;
            };
            if (problem != null) {
                report(context, arg, problem);
            }
        }
    }

    private static void report(RuleContext<Dockerfile> context, Word word, String problem) {
        context.report(word.range(), problem + ", so anyone on the network path can change what the build runs; use https"
                + " with verification");
    }

    private static boolean curlGroupHasK(String v) {
        if (!v.startsWith("-") || v.startsWith("--") || v.length() < 2) {
            return false;
        }
        for (int i = 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == 'k') {
                return true;
            }
            if (!Character.isLetter(c) || CURL_VALUE_OPTIONS.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean sslVerifyOff(String v, String next) {
        String lower = v.toLowerCase(Locale.ROOT);
        return lower.equals("http.sslverify=false") || (lower.equals("http.sslverify") && next.equalsIgnoreCase("false"));
    }

    static boolean isPlainHttp(String value) {
        if (!value.regionMatches(true, 0, "http://", 0, 7)) {
            return false;
        }
        String rest = value.substring(7);
        int end = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        String host = rest.substring(0, end);
        host = host.substring(host.lastIndexOf('@') + 1);
        String bare = host.startsWith("[") ? host : host.replaceAll(":\\d+$", "");
        if (bare.startsWith("[") && bare.contains("]:")) {
            bare = bare.substring(0, bare.indexOf("]:") + 1);
        }
        return !bare.isEmpty() && bare.indexOf('$') < 0 && !LOCAL_HOSTS.contains(bare.toLowerCase(Locale.ROOT));
    }
}
