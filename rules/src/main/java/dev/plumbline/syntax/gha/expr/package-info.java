/**
 * GitHub Actions expressions ({@code ${{ }}}) as a model with exact ranges, shared by the rules and
 * by editor features (hover, completion and go-to-definition inside {@code ${{ }}}).
 *
 * <h2>Parsing</h2>
 * {@link dev.plumbline.syntax.gha.expr.TemplateString} finds the {@code ${{ }}} of a string (a
 * {@code }}} inside a single-quoted literal does not close it);
 * {@link dev.plumbline.syntax.gha.expr.Expression#parse} reads one expression into
 * {@link dev.plumbline.syntax.gha.expr.ExprNode}s: literals, contexts, property, index and {@code .*}
 * access, calls, {@code !} and the binary operators with GitHub's precedence. Every offset is into
 * the string parsed (for workflow values: the scalar's value), so
 * {@code scalar.content().rangeOf(start, end)} is the exact place in the file in any scalar style.
 * Parsing never throws; a syntax error is a value with its span.
 *
 * <h2>Places and scopes</h2>
 * {@link dev.plumbline.syntax.gha.WorkflowFile#expressions()} gives the file's
 * {@link dev.plumbline.syntax.gha.expr.WorkflowExpressions} (memoized): each evaluated scalar as an
 * {@link dev.plumbline.syntax.gha.expr.ExpressionSite} with its
 * {@link dev.plumbline.syntax.gha.expr.ExpressionPlace} (the key as GitHub's context-availability
 * table writes it, the job, the step; {@code if:} conditions without braces included).
 * {@link dev.plumbline.syntax.gha.expr.ExpressionScope} types every context at a place:
 * {@link dev.plumbline.syntax.gha.expr.Contexts} holds GitHub's fixed objects (github, runner, job,
 * strategy), the scope adds what the workflow declares (earlier steps, needs and their outputs,
 * matrix keys, inputs, jobs); {@link dev.plumbline.syntax.gha.expr.Availability} says which
 * contexts and special functions a key allows; {@link dev.plumbline.syntax.gha.expr.Functions}
 * lists the functions with arity. Secrets, vars and env accept any name.
 *
 * <h2>Checking</h2>
 * {@link dev.plumbline.syntax.gha.expr.WorkflowExpressions#problems()} type-checks every site once
 * and classifies each {@link dev.plumbline.syntax.gha.expr.ExpressionProblem} (syntax, type,
 * availability, function, reference), with a replacement where one name is the obvious fix.
 *
 * <h2>Editor features</h2>
 * {@link dev.plumbline.syntax.gha.expr.WorkflowExpressions#at} maps a position to the site, the
 * expression, its deepest node and the scope: hover reads the node's type
 * ({@link dev.plumbline.syntax.gha.expr.ExprType.ObjectType#property} carries a description),
 * completion lists {@code scope.availableContexts()}, the properties of the receiver's type and
 * {@code scope.availableFunctions()}.
 */
package dev.plumbline.syntax.gha.expr;
