package dev.plumbline.engine;

import dev.plumbline.config.Config;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import dev.plumbline.workspace.WorkspaceView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one rule sees while it checks one file: the parsed model, the text, the configuration, and a
 * place to report findings. Created per rule run; never shared between threads.
 */
public final class RuleContext<T> {

    private final RuleMeta meta;
    private final T model;
    private final TextDocument document;
    private final Config config;
    private final Cancellation cancellation;
    private final WorkspaceView workspace;
    private final List<Report> reports = new ArrayList<>();

    public RuleContext(RuleMeta meta, T model, TextDocument document, Config config, Cancellation cancellation) {
        this(meta, model, document, config, null, cancellation);
    }

    /** @param workspace where the file sits in its workspace, or {@code null} when it is checked alone */
    public RuleContext(RuleMeta meta, T model, TextDocument document, Config config, WorkspaceView workspace,
            Cancellation cancellation) {
        this.meta = Objects.requireNonNull(meta);
        this.model = model;
        this.document = Objects.requireNonNull(document);
        this.config = Objects.requireNonNull(config);
        this.workspace = workspace;
        this.cancellation = Objects.requireNonNull(cancellation);
    }

    public T model() {
        return model;
    }

    public TextDocument document() {
        return document;
    }

    public Config config() {
        return config;
    }

    public RuleMeta meta() {
        return meta;
    }

    /**
     * The workspace around the file, for cross-file rules: present only when the file belongs to a
     * workspace whose index has finished its first scan. When empty, a cross-file rule reports
     * nothing (it never guesses).
     */
    public Optional<WorkspaceView> workspace() {
        return workspace == null || !workspace.index().isComplete() ? Optional.empty() : Optional.of(workspace);
    }

    /** Throws {@link java.util.concurrent.CancellationException} once the analysis is no longer wanted. */
    public void checkCanceled() {
        cancellation.checkCanceled();
    }

    /** Reports a finding at {@code range}; the returned report takes fixes and peer ids. */
    public Report report(Range range, String message) {
        Report report = new Report(range, message);
        reports.add(report);
        return report;
    }

    /** Reports a finding over the text between two offsets. */
    public Report report(int startOffset, int endOffset, String message) {
        return report(document.rangeOf(startOffset, endOffset), message);
    }

    /** The findings reported so far, with the rule's default severity. */
    public List<Finding> findings() {
        return reports.stream().map(Report::toFinding).toList();
    }

    /** A finding under construction. */
    public final class Report {
        private final Range range;
        private final String message;
        private final List<Fix> fixes = new ArrayList<>();
        private final List<Related> related = new ArrayList<>();
        private List<PeerId> peers = meta.aliases();
        private Severity severity = meta.defaultSeverity();

        private Report(Range range, String message) {
            this.range = Objects.requireNonNull(range);
            this.message = Objects.requireNonNull(message);
        }

        public Report fix(Fix fix) {
            fixes.add(fix);
            return this;
        }

        public Report fix(String title, TextEdit... edits) {
            return fix(Fix.of(title, edits));
        }

        /**
         * Stamps the finding with exactly these peer ids, for rules whose aliases each describe only
         * some of its findings (e.g. the apt case of a package-pinning rule).
         */
        public Report peers(PeerId... ids) {
            peers = List.of(ids);
            return this;
        }

        /**
         * Gives this finding its own default severity, for rules that pass on another tool's levels
         * (ShellCheck's error, warning, info, style); configuration still overrides it.
         */
        public Report severity(Severity newSeverity) {
            severity = Objects.requireNonNull(newSeverity);
            return this;
        }

        /**
         * Adds a place in this file that explains the finding (e.g. "first defined here"). A rule whose
         * findings are cached per part (a YAML document) must point only inside the finding's own part.
         */
        public Report related(Range place, String what) {
            related.add(Related.here(place, what));
            return this;
        }

        /** Adds a place in another file ({@code uri}) that explains the finding. */
        public Report related(String uri, Range place, String what) {
            related.add(Related.in(uri, place, what));
            return this;
        }

        private Finding toFinding() {
            return new Finding(meta.id(), severity, message, range, fixes, peers, related);
        }
    }
}
