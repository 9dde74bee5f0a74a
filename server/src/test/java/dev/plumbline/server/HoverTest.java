package dev.plumbline.server;

import static dev.plumbline.server.testing.LspSession.edit;
import static dev.plumbline.server.testing.LspSession.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.server.testing.LspSession;
import dev.plumbline.server.testing.TestRules;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HoverTest {

    private static final String URI = "untitled:Dockerfile";

    private final LspSession session = LspSession.start(new TestRules());

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void hoverOverAFindingShowsItsMessageThenTheRuleDocs() {
        session.initialize();
        session.open(URI, "FROM alpine\nRUN echo shout\n");
        session.await(session.client.diagnostics(URI, 1));

        Hover hover = session.hover(URI, 1, 11);

        MarkupContent content = hover.getContents().getRight();
        assertEquals(MarkupKind.MARKDOWN, content.getKind());
        assertTrue(content.getValue().startsWith("**Word \"shout\" is not shouted** (`dockerfile/test-shout`)\n\n"
                + "# dockerfile/test-shout\n"), content.getValue());
        assertTrue(content.getValue().contains("## How to suppress"), content.getValue());
        assertEquals(range(1, 9, 1, 14), hover.getRange());
    }

    @Test
    void hoverAwayFromFindingsShowsNothing() {
        session.initialize();
        session.open(URI, "FROM alpine\nRUN echo shout\n");

        // the test language explains a line's first word, so ask over the second
        assertNull(session.hover(URI, 0, 8));
    }

    @Test
    void severalFindingsAtOnePlaceAreAllShownSeparated() {
        session.initialize();
        // the broken rule's internal error sits at 1:1, where the shout starts
        session.open(URI, "shout boom\n");

        Hover hover = session.hover(URI, 0, 0);

        String[] sections = hover.getContents().getRight().getValue().split("\n\n---\n\n");
        assertEquals(3, sections.length);
        assertEquals("Instruction **shout**", sections[2], "the language's own text comes last");
        // document order: the empty range of the internal error comes first
        assertTrue(sections[0].startsWith("**Rule dockerfile/test-boom failed on this file"), sections[0]);
        assertTrue(sections[1].startsWith("**Word \"shout\" is not shouted**"), sections[1]);
        assertEquals(range(0, 0, 0, 5), hover.getRange());
    }

    @Test
    void hoverRightAfterTypingDescribesTheCurrentText() {
        // the change waits for a long debounce, so no analysis of version 2 exists yet
        session.initialize(params -> params.setInitializationOptions(Map.of("debounceMs", 600_000)));
        session.open(URI, "RUN echo\n");
        session.await(session.client.diagnostics(URI, 1));
        session.change(URI, 2, edit(0, 8, 0, 8, " shout"));

        Hover hover = session.hover(URI, 0, 10);

        assertEquals(range(0, 9, 0, 14), hover.getRange());
    }

    @Test
    void plainTextClientsGetPlainText() {
        session.initialize(params -> {
            TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
            text.setHover(new HoverCapabilities(List.of(MarkupKind.PLAINTEXT), false));
            params.getCapabilities().setTextDocument(text);
        });
        session.open(URI, "RUN shout\n");

        assertEquals(MarkupKind.PLAINTEXT, session.hover(URI, 0, 5).getContents().getRight().getKind());
    }

    @Test
    void hoverOnAnUnknownDocumentAnswersNothing() {
        session.initialize();

        assertNull(session.hover("file:///nowhere/Dockerfile", 3, 4));
    }
}
