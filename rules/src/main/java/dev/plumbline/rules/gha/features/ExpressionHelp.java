package dev.plumbline.rules.gha.features;

import dev.plumbline.features.CompletionCandidate;
import dev.plumbline.features.HoverText;
import dev.plumbline.syntax.gha.Job;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.gha.expr.Contexts;
import dev.plumbline.syntax.gha.expr.ExprNode;
import dev.plumbline.syntax.gha.expr.ExprType;
import dev.plumbline.syntax.gha.expr.ExprType.ObjectType;
import dev.plumbline.syntax.gha.expr.ExpressionScope;
import dev.plumbline.syntax.gha.expr.ExpressionSite;
import dev.plumbline.syntax.gha.expr.Functions;
import dev.plumbline.syntax.gha.expr.TemplateString;
import dev.plumbline.syntax.gha.expr.WorkflowExpressions;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Hover and completion inside {@code ${{ }}} and bare {@code if:} conditions. */
final class ExpressionHelp {

    private ExpressionHelp() {
    }

    // ------------------------------------------------------------------------------------ hover

    static Optional<HoverText> hover(WorkflowExpressions.At at) {
        if (at.node().isEmpty()) {
            return Optional.empty();
        }
        ExprNode node = at.node().get();
        ExpressionSite site = at.site();
        ExpressionScope scope = at.scope();
        if (node instanceof ExprNode.ContextRef ref) {
            String text = "Context **" + ref.key() + "**" + Contexts.description(ref.key()).map(d -> "\n\n" + d + ".").orElse("")
                    + (scope.isAvailable(ref.key()) ? "" : "\n\nNot available in `" + scope.place().key() + "`.");
            return Optional.of(new HoverText(text, site.rangeOf(node)));
        }
        if (node instanceof ExprNode.Property property && at.offset() >= property.nameStart()) {
            ExprType receiver = typeOf(property.receiver(), scope);
            if (!(receiver instanceof ObjectType object)) {
                return Optional.empty();
            }
            Optional<ExprType.Property> known = object.property(property.name());
            Optional<ExprType> type = object.typeOf(property.name());
            if (type.isEmpty()) {
                return Optional.empty();
            }
            String path = node.path().map(Object::toString).orElse(property.name());
            StringBuilder text = new StringBuilder("`").append(path).append("` *(").append(type.get().describe()).append(")*");
            known.map(ExprType.Property::description).filter(d -> !d.isEmpty()).ifPresent(d -> text.append("\n\n").append(d).append('.'));
            return Optional.of(new HoverText(text.toString(), site.rangeOf(property.nameStart(), property.end())));
        }
        if (node instanceof ExprNode.Call call && at.offset() <= call.nameEnd()) {
            return Functions.get(call.name()).map(f -> new HoverText("Function `" + f.signature() + "`\n\n"
                    + f.description() + "."
                    + (scope.isAvailable(f) ? "" : "\n\nNot available in `" + scope.place().key() + "`."),
                    site.rangeOf(call.start(), call.nameEnd())));
        }
        return Optional.empty();
    }

    /** The type of a node as far as the scope tells: context, property and index chains; any for the rest. */
    static ExprType typeOf(ExprNode node, ExpressionScope scope) {
        if (node instanceof ExprNode.ContextRef ref) {
            return scope.typeOf(ref.key());
        }
        if (node instanceof ExprNode.Property property) {
            return member(typeOf(property.receiver(), scope), property.name());
        }
        if (node instanceof ExprNode.Index index && index.index() instanceof ExprNode.Literal literal
                && literal.string().isPresent()) {
            return member(typeOf(index.receiver(), scope), literal.string().get());
        }
        return ExprType.Simple.ANY;
    }

    private static ExprType member(ExprType type, String name) {
        if (name.equals("*")) {
            return type instanceof ObjectType object ? object.valueType()
                    : type instanceof ExprType.ArrayType array ? array.elements() : ExprType.Simple.ANY;
        }
        return type instanceof ObjectType object ? object.typeOf(name).orElse(ExprType.Simple.ANY) : ExprType.Simple.ANY;
    }

    // ------------------------------------------------------------------------------- completion

    /**
     * Completion at {@code position} when it is inside {@code ${{ }}} (closed or not yet) or a bare
     * condition; empty when it is not, so other completion can answer.
     */
    static Optional<List<CompletionCandidate>> complete(WorkflowFile file, Position position) {
        WorkflowExpressions expressions = file.expressions();
        Optional<ExpressionSite> found = expressions.siteAt(position);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ExpressionSite site = found.get();
        Optional<Integer> at = site.valueOffsetAt(position);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        int offset = at.get();
        String value = site.scalar().value();
        int start = expressionStart(site, offset);
        if (start < 0) {
            return Optional.empty();
        }
        String typed = value.substring(start, offset);
        int chainStart = typed.length();
        while (chainStart > 0 && isChainChar(typed.charAt(chainStart - 1))) {
            chainStart--;
        }
        String chain = typed.substring(chainStart);
        if (chain.startsWith(".") || chainStart > 0 && typed.charAt(chainStart - 1) == '\'') {
            return Optional.of(List.of()); // inside a string literal or after a computed value
        }
        int dot = chain.lastIndexOf('.');
        String prefix = chain.substring(dot + 1);
        Range replace = site.rangeOf(offset - prefix.length(), offset);
        ExpressionScope scope = expressions.scope(site);
        List<CompletionCandidate> out = new ArrayList<>();
        if (dot < 0) {
            for (String context : scope.availableContexts()) {
                out.add(CompletionCandidate.plain(context, CompletionCandidate.Kind.VARIABLE, "context",
                        Contexts.description(context).orElse(""), replace));
            }
            for (Functions.Function function : scope.availableFunctions()) {
                out.add(new CompletionCandidate(function.name(), CompletionCandidate.Kind.FUNCTION, function.signature(),
                        function.description(), function.name() + (function.maxArguments() == 0 ? "()" : "($1)"),
                        function.maxArguments() != 0, replace));
            }
        } else {
            String[] segments = chain.substring(0, dot).split("\\.", -1);
            ExprType type = scope.typeOf(segments[0]);
            for (int i = 1; i < segments.length; i++) {
                type = member(type, segments[i]);
            }
            if (type instanceof ObjectType object) {
                for (ExprType.Property property : object.properties().values()) {
                    out.add(CompletionCandidate.plain(property.name(), CompletionCandidate.Kind.PROPERTY,
                            property.type().describe(), property.description(), replace));
                }
                if (segments.length == 1 && segments[0].toLowerCase(Locale.ROOT).equals("env")) {
                    for (String name : envNames(file, site)) {
                        out.add(CompletionCandidate.plain(name, CompletionCandidate.Kind.VARIABLE, "env", "", replace));
                    }
                }
            }
        }
        return Optional.of(out);
    }

    /** Where the expression text around {@code offset} starts in the value, or -1 outside any expression. */
    private static int expressionStart(ExpressionSite site, int offset) {
        if (site.bareCondition().isPresent()) {
            return 0;
        }
        TemplateString template = site.template();
        for (TemplateString.Embedded embedded : template.embedded()) {
            if (offset >= embedded.innerStart() && offset <= embedded.innerEnd()) {
                return embedded.innerStart();
            }
        }
        int unclosed = template.unclosed();
        if (unclosed >= 0 && offset >= unclosed + 3) {
            return unclosed + 3;
        }
        if (site.place().condition() && !template.hasExpressions()) {
            return 0;
        }
        return -1;
    }

    private static boolean isChainChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '*';
    }

    /** The environment variables the file sets where the site is: its step's, its job's and the workflow's. */
    private static Set<String> envNames(WorkflowFile file, ExpressionSite site) {
        Set<String> names = new LinkedHashSet<>();
        site.place().stepOf().flatMap(Step::env).ifPresent(env -> names.addAll(env.keys()));
        site.place().jobOf().flatMap(Job::env).ifPresent(env -> names.addAll(env.keys()));
        file.workflow().flatMap(w -> w.env()).map(YamlMapping::keys).ifPresent(names::addAll);
        return names;
    }
}
