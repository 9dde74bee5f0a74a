package dev.plumbline.syntax.gha;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.text.TextDocument;

/** Test helper: workflow and action sources parsed as the language support would. */
final class Parsed {

    private Parsed() {
    }

    static WorkflowFile workflow(String text) {
        return WorkflowFile.parse(TextDocument.of("file:///repo/.github/workflows/ci.yml", text), Cancellation.NONE);
    }

    static WorkflowFile action(String text) {
        return WorkflowFile.parse(TextDocument.of("file:///repo/action.yml", text), Cancellation.NONE);
    }
}
