package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.RunCommand;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.shell.Word;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** COPY/ADD of a file that usually holds credentials (.env, private keys, .npmrc, cloud and SSH config). */
public final class CopySensitiveFileRule implements Rule<Dockerfile> {

    static final RuleMeta META = RuleMeta.of("dockerfile/copy-sensitive-file", "COPY/ADD of a credential file",
            Severity.WARNING, Language.DOCKERFILE);

    private static final Set<String> NAMES = Set.of(".npmrc", ".pypirc", ".netrc", ".git-credentials", ".dockercfg",
            "kubeconfig", "credentials.json", ".htpasswd");
    private static final Set<String> TEMPLATE_SUFFIXES = Set.of("example", "sample", "template", "dist", "defaults",
            "default", "tmpl", "tpl", "in");
    private static final Set<String> CERTIFICATE_HINTS = Set.of("cert", "ca.", "ca-", "ca_", "chain", "bundle", "public", "pub.");

    /** Package-signing keys are public: {@code nginx_signing.key}, {@code Release.key}, {@code repo.gpg.key}. */
    private static final Set<String> PUBLIC_KEY_HINTS = Set.of("signing", "release", "gpg", "pgp", "pub", "archive",
            "keyring", "repo");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        for (Instruction instruction : context.model().instructions()) {
            Instruction effective = RunCommand.effective(instruction);
            if (!effective.is("COPY") && !effective.is("ADD")) {
                continue;
            }
            List<Word> args = effective.arguments();
            String destination = args.isEmpty() ? "" : args.get(args.size() - 1).value().toLowerCase(Locale.ROOT);
            if (isKeyringDestination(destination)) {
                continue;
            }
            for (int i = 0; i < args.size() - 1; i++) {
                Word source = args.get(i);
                if (source.value().contains("://")) {
                    continue; // a download: what a URL serves is public
                }
                kind(source.value()).ifPresent(kind -> context.report(source.range(), effective.name() + " " + source.value()
                        + " puts " + kind + " into the image, where anyone who pulls it can read it; use"
                        + " RUN --mount=type=secret or keep it out with .dockerignore"));
            }
        }
    }

    /** What kind of credential {@code path} names, if it names one. */
    static Optional<String> kind(String path) {
        String p = path.replace('\\', '/').toLowerCase(Locale.ROOT);
        while (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        String base = p.substring(p.lastIndexOf('/') + 1);
        if (base.indexOf('$') >= 0) {
            return Optional.empty();
        }
        if ((base.equals(".env") || base.startsWith(".env.")) && !isTemplate(base)) {
            return Optional.of("an environment file");
        }
        if (NAMES.contains(base) || p.endsWith("/.kube/config") || p.equals(".kube/config")) {
            return Optional.of("a credentials file");
        }
        if (p.equals(".aws") || p.endsWith("/.aws") || p.contains(".aws/") || p.equals(".ssh") || p.endsWith("/.ssh")
                || p.contains(".ssh/")) {
            return Optional.of("cloud or SSH credentials");
        }
        if (base.matches("id_(rsa|dsa|ecdsa|ed25519)(_[a-z0-9_-]+)?") ) {
            return Optional.of("an SSH private key");
        }
        if (base.endsWith(".key") && PUBLIC_KEY_HINTS.stream().anyMatch(base::contains)) {
            return Optional.empty();
        }
        if (base.endsWith(".key") || base.endsWith(".p12") || base.endsWith(".pfx")) {
            return Optional.of("a private key");
        }
        if (base.endsWith(".pem") && CERTIFICATE_HINTS.stream().noneMatch(base::contains)) {
            return Optional.of("a private key");
        }
        return Optional.empty();
    }

    private static boolean isTemplate(String base) {
        String last = base.substring(base.lastIndexOf('.') + 1);
        return TEMPLATE_SUFFIXES.contains(last);
    }

    /** Destinations of public keys: {@code *.pub}, {@code *.asc}, {@code *.gpg}, keyrings and trust stores. */
    private static boolean isKeyringDestination(String destination) {
        return destination.endsWith(".pub") || destination.endsWith(".asc") || destination.endsWith(".gpg")
                || destination.contains("keyring") || destination.contains("rpm-gpg") || destination.contains("trusted.gpg");
    }
}
