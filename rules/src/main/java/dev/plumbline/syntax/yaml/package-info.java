/**
 * The YAML layer every Kubernetes, workflow and configuration rule stands on: a positioned node tree
 * over snakeyaml-engine's event API, one {@link dev.plumbline.syntax.yaml.YamlDocument} per
 * {@code ---} document, comments, problems, and the generic comment suppressions and ignore fix.
 *
 * <h2>Entry points</h2>
 * {@link dev.plumbline.syntax.yaml.YamlParser#parse(dev.plumbline.text.TextDocument)} gives a
 * {@link dev.plumbline.syntax.yaml.YamlFile}; navigate with
 * {@code document.rootMapping()}, {@code mapping.get("spec")}, {@code node.asMapping()},
 * {@code node.at("spec", "containers", 0)}, {@code document.pathAt(position)}. Suppressions and the
 * "Ignore ... on this line" fix for any YAML language: {@link dev.plumbline.syntax.yaml.YamlSuppressions},
 * {@link dev.plumbline.syntax.yaml.YamlIgnoreFix}.
 *
 * <h2>Positions</h2>
 * Every range is in UTF-16 columns of the analysed text (BOM included, CRLF and lone CR counted as
 * line breaks as {@link dev.plumbline.text.LineIndex} does). snakeyaml's marks count code points;
 * they go through the code-point index, so surrogate pairs anywhere are exact. Node ranges are exact
 * for every node: a value's {@code range()} excludes its anchor and tag ({@code fullRange()}
 * includes them); a block scalar's range runs from its {@code |}/{@code >} to its last non-blank
 * content character; a block collection's range runs from its first key or dash to the end of its
 * last value, a flow collection's covers its brackets. Character-level positions inside values come
 * from {@link dev.plumbline.syntax.yaml.ScalarContent}, exact whenever our re-reading reproduces
 * snakeyaml's value (checked per scalar; all 115,000 scalars of the shared corpus are).
 *
 * <h2>Limits</h2>
 * Nesting deeper than {@link dev.plumbline.syntax.yaml.YamlParser#MAX_DEPTH} collections ends the
 * document's tree with a problem; aliases are never expanded, and once a document's aliases would
 * stand for more than {@link dev.plumbline.syntax.yaml.YamlParser#MAX_ALIAS_EXPANSION} nodes the
 * rest stay unresolved (with a problem), so even a consumer that follows every alias does bounded
 * work. Merge chains are followed {@code 64} levels deep. Parsing never throws on any input.
 */
package dev.plumbline.syntax.yaml;
