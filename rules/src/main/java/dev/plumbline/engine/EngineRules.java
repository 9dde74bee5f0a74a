package dev.plumbline.engine;

import java.util.List;

/** Findings the engine itself reports, outside any rule. They have ids and docs like rules do. */
public final class EngineRules {

    public static final RuleMeta INTERNAL_ERROR = RuleMeta.of("plumbline/internal-error",
            "A rule failed on this file", Severity.ERROR, Language.PLUMBLINE_CONFIG);

    public static final RuleMeta UNSUPPORTED_CONTENT = RuleMeta.of("plumbline/unsupported-content",
            "File content cannot be checked", Severity.WARNING, Language.PLUMBLINE_CONFIG);

    private EngineRules() {
    }

    public static List<RuleMeta> all() {
        return List.of(INTERNAL_ERROR, UNSUPPORTED_CONTENT);
    }
}
