package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Language;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Rule;
import dev.plumbline.engine.RuleContext;
import dev.plumbline.engine.RuleMeta;
import dev.plumbline.engine.Severity;
import dev.plumbline.rules.dockerfile.support.DockerfileUtilsIds;
import dev.plumbline.rules.dockerfile.support.ImageUse;
import dev.plumbline.rules.dockerfile.support.Templates;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.FromInstruction;
import dev.plumbline.syntax.dockerfile.ImageRef;
import dev.plumbline.syntax.image.ImageReference;
import dev.plumbline.text.TextEdit;
import java.util.Locale;
import java.util.Optional;

/**
 * An image reference written literally (FROM, {@code COPY --from}, {@code RUN --mount=from=}) that is
 * not a valid reference. References built from variables are {@code dockerfile/invalid-default-arg-in-from}'s.
 */
public final class SyntaxImageReferenceRule implements Rule<Dockerfile> {

    private static final PeerId INVALID = DockerfileUtilsIds.of("INVALID_REFERENCE_FORMAT");
    private static final PeerId EMPTY = DockerfileUtilsIds.of("BASE_NAME_EMPTY");

    static final RuleMeta META = RuleMeta.of("dockerfile/syntax-image-reference", "Invalid image reference",
            Severity.ERROR, Language.DOCKERFILE, INVALID, EMPTY);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext<Dockerfile> context) {
        if (Templates.isTemplate(context.model())) {
            return; // not built as written
        }
        for (ImageUse use : ImageUse.all(context.model())) {
            if (use.image().kind() != ImageRef.Kind.UNKNOWN || use.written().contains("$")) {
                continue;
            }
            String text = use.written();
            boolean fromFlag = !(use.instruction() instanceof FromInstruction);
            if (fromFlag && text.indexOf(':') < 0 && text.indexOf('/') < 0 && text.indexOf('@') < 0) {
                continue; // a bare word after --from names a stage: dockerfile/copy-from-unknown-stage's
            }
            if (text.isEmpty()) {
                context.report(use.range(), "The image name is empty").peers(EMPTY);
                continue;
            }
            Optional<String> lower = lowerCased(text);
            if (lower.isPresent()) {
                RuleContext<Dockerfile>.Report report = context.report(use.range(), "Image \"" + text
                        + "\" is not a valid reference: repository names must be lower case").peers(INVALID);
                if (isVerbatim(context, use)) {
                    report.fix("Change to " + lower.get(), new TextEdit(use.range(), lower.get()));
                }
                continue;
            }
            context.report(use.range(), "Image \"" + text + "\" is not a valid reference: " + reason(text))
                    .peers(INVALID);
        }
    }

    /** The reference with its repository in lower case, when that alone makes it valid. */
    private static Optional<String> lowerCased(String text) {
        int at = text.indexOf('@');
        String name = at < 0 ? text : text.substring(0, at);
        String digest = at < 0 ? "" : text.substring(at);
        int slash = name.lastIndexOf('/');
        int colon = name.lastIndexOf(':');
        String tag = colon > slash ? name.substring(colon) : "";
        String path = colon > slash ? name.substring(0, colon) : name;
        int first = path.indexOf('/');
        String registry = "";
        if (first > 0) {
            String component = path.substring(0, first);
            if (component.contains(".") || component.contains(":") || component.equals("localhost")) {
                registry = path.substring(0, first + 1);
                path = path.substring(first + 1);
            }
        }
        String candidate = registry + path.toLowerCase(Locale.ROOT) + tag + digest;
        return !candidate.equals(text) && ImageReference.parse(candidate).isPresent()
                ? Optional.of(candidate) : Optional.empty();
    }

    private static String reason(String text) {
        int at = text.indexOf('@');
        if (at >= 0) {
            String digest = text.substring(at + 1);
            if (ImageReference.parse("x@" + digest).isEmpty()) {
                return "a digest is written algorithm:hex, e.g. @sha256:<64 hex digits>";
            }
        }
        String name = at < 0 ? text : text.substring(0, at);
        int slash = name.lastIndexOf('/');
        int colon = name.lastIndexOf(':');
        if (colon > slash && ImageReference.parse("x" + name.substring(colon)).isEmpty()) {
            return "a tag holds letters, digits, _, . and - (at most 128, not starting with . or -)";
        }
        return "names hold lower-case letters and digits, separated by ., _, __, - or /";
    }

    /** True when the reference is written as one plain word, so replacing its range is safe. */
    private static boolean isVerbatim(RuleContext<Dockerfile> context, ImageUse use) {
        int start = context.document().offsetAt(use.range().start());
        int end = context.document().offsetAt(use.range().end());
        return context.document().text().substring(start, end).equals(use.written());
    }
}
