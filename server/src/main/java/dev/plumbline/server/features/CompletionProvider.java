package dev.plumbline.server.features;

import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.features.CompletionCandidate;
import dev.plumbline.server.lsp.LspRanges;
import dev.plumbline.text.Position;
import dev.plumbline.workspace.WorkspaceView;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.InsertReplaceEdit;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Completion: the language's candidates at the cursor, as LSP items that replace the word typed so far. */
public final class CompletionProvider {

    /** Trigger characters for all three languages: flags, variables, {@code ${{ }}} and YAML keys/values. */
    public static final List<String> TRIGGERS = List.of("-", "=", "$", "{", ".", ":");

    private static final Pattern TAB_STOP = Pattern.compile("\\$\\{\\d+:([^}]*)}|\\$\\d+");

    /**
     * @param snippets false when the client takes plain text only (tab stops are then dropped)
     * @param insertReplace true when the client takes an {@code InsertReplaceEdit}: items then say both
     *     what they replace up to the cursor and what they replace when the user overwrites the word
     */
    public CompletionList complete(AnalysisResult result, Position position, boolean snippets, boolean insertReplace) {
        return complete(result, Optional.empty(), position, snippets, insertReplace);
    }

    /**
     * As {@link #complete(AnalysisResult, Position, boolean, boolean)}; the language may look into
     * {@code workspace} (the document's workspace, e.g. for CRDs defined in other files).
     */
    public CompletionList complete(AnalysisResult result, Optional<WorkspaceView> workspace, Position position,
            boolean snippets, boolean insertReplace) {
        List<CompletionItem> items = result.features(workspace).complete(position).stream()
                .map(candidate -> toItem(candidate, snippets, insertReplace))
                .toList();
        return new CompletionList(false, items);
    }

    static CompletionItem toItem(CompletionCandidate candidate, boolean snippets, boolean insertReplace) {
        CompletionItem item = new CompletionItem(candidate.label());
        item.setKind(kind(candidate.kind()));
        if (!candidate.detail().isEmpty()) {
            item.setDetail(candidate.detail());
        }
        if (!candidate.documentation().isEmpty()) {
            item.setDocumentation(Either.forRight(new MarkupContent(MarkupKind.MARKDOWN, candidate.documentation())));
        }
        String text = candidate.insertText();
        if (candidate.snippet() && snippets) {
            item.setInsertTextFormat(InsertTextFormat.Snippet);
        } else {
            text = candidate.snippet() ? plain(text) : text;
            item.setInsertTextFormat(InsertTextFormat.PlainText);
        }
        if (insertReplace && !candidate.replaceWhole().equals(candidate.replace())) {
            item.setTextEdit(Either.forRight(new InsertReplaceEdit(text, LspRanges.toLsp(candidate.replace()),
                    LspRanges.toLsp(candidate.replaceWhole()))));
        } else {
            item.setTextEdit(Either.forLeft(new TextEdit(LspRanges.toLsp(candidate.replace()), text)));
        }
        return item;
    }

    /** Snippet syntax without its tab stops: {@code ${1:name}} becomes {@code name}, {@code $1} nothing. */
    static String plain(String snippet) {
        return TAB_STOP.matcher(snippet).replaceAll(m -> m.group(1) == null ? "" : m.group(1).replace("\\", "\\\\").replace("$", "\\$"));
    }

    private static CompletionItemKind kind(CompletionCandidate.Kind kind) {
        return switch (kind) {
            case KEYWORD -> CompletionItemKind.Keyword;
            case PROPERTY -> CompletionItemKind.Property;
            case VALUE -> CompletionItemKind.Value;
            case VARIABLE -> CompletionItemKind.Variable;
            case REFERENCE -> CompletionItemKind.Reference;
            case SNIPPET -> CompletionItemKind.Snippet;
            case ENUM_MEMBER -> CompletionItemKind.EnumMember;
            case FUNCTION -> CompletionItemKind.Function;
            case EVENT -> CompletionItemKind.Event;
            case MODULE -> CompletionItemKind.Module;
        };
    }
}
