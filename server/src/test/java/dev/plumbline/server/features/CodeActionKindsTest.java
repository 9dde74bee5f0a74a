package dev.plumbline.server.features;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeActionKindsTest {

    @Test
    void noFilterWantsEverything() {
        assertTrue(CodeActionProvider.wanted(CodeActionProvider.FIX_ALL_KIND, null));
        assertTrue(CodeActionProvider.wanted("quickfix", List.of()));
    }

    @Test
    void aParentKindIncludesItsChildren() {
        assertTrue(CodeActionProvider.wanted(CodeActionProvider.FIX_ALL_KIND, List.of("source")));
        assertTrue(CodeActionProvider.wanted(CodeActionProvider.FIX_ALL_KIND, List.of("source.fixAll")));
        assertTrue(CodeActionProvider.wanted(CodeActionProvider.FIX_ALL_KIND, List.of("source.fixAll.plumbline")));
    }

    @Test
    void otherKindsAndPrefixesThatAreNotParentsAreLeftOut() {
        assertFalse(CodeActionProvider.wanted(CodeActionProvider.FIX_ALL_KIND, List.of("quickfix", "refactor")));
        assertFalse(CodeActionProvider.wanted("quickfix", List.of("quick")));
        assertFalse(CodeActionProvider.wanted("quickfix", List.of("source.fixAll")));
    }
}
