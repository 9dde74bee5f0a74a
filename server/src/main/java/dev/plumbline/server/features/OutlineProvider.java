package dev.plumbline.server.features;

import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.features.OutlineSymbol;
import dev.plumbline.server.lsp.LspRanges;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Document symbols: the language's outline as a tree, or flattened for clients without hierarchy. */
public final class OutlineProvider {

    @SuppressWarnings("deprecation") // SymbolInformation is the only shape clients without hierarchy read
    public List<Either<SymbolInformation, DocumentSymbol>> symbols(AnalysisResult result, boolean hierarchical) {
        List<OutlineSymbol> outline = result.features().outline();
        List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
        if (hierarchical) {
            outline.forEach(symbol -> out.add(Either.forRight(toDocumentSymbol(symbol))));
        } else {
            flatten(outline, null, result.document().uri(), out);
        }
        return out;
    }

    private static DocumentSymbol toDocumentSymbol(OutlineSymbol symbol) {
        DocumentSymbol out = new DocumentSymbol(symbol.name(), kind(symbol.kind()), LspRanges.toLsp(symbol.range()),
                LspRanges.toLsp(symbol.selectionRange()), symbol.detail().isEmpty() ? null : symbol.detail());
        out.setChildren(symbol.children().stream().map(OutlineProvider::toDocumentSymbol).toList());
        return out;
    }

    @SuppressWarnings("deprecation")
    private static void flatten(List<OutlineSymbol> symbols, String container, String uri,
            List<Either<SymbolInformation, DocumentSymbol>> out) {
        for (OutlineSymbol symbol : symbols) {
            SymbolInformation info = new SymbolInformation(symbol.name(), kind(symbol.kind()),
                    new Location(uri, LspRanges.toLsp(symbol.range())), container);
            out.add(Either.forLeft(info));
            flatten(symbol.children(), symbol.name(), uri, out);
        }
    }

    private static SymbolKind kind(OutlineSymbol.Kind kind) {
        return switch (kind) {
            case MODULE -> SymbolKind.Module;
            case CLASS -> SymbolKind.Class;
            case OBJECT -> SymbolKind.Object;
            case FUNCTION -> SymbolKind.Function;
            case FIELD -> SymbolKind.Field;
            case VARIABLE -> SymbolKind.Variable;
            case PROPERTY -> SymbolKind.Property;
            case EVENT -> SymbolKind.Event;
            case KEY -> SymbolKind.Key;
            case ARRAY -> SymbolKind.Array;
        };
    }
}
