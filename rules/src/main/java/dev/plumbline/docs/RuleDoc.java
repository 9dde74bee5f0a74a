package dev.plumbline.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule's documentation page. The page starts with {@code # <rule id>}, then a one-paragraph
 * summary, then {@code ## } sections. The "How to fix" section holds a {@code Before} and an
 * {@code After} code block, which the catalog test runs through the analyzer.
 */
public record RuleDoc(String ruleId, String markdown, String summary, Map<String, String> sections) {

    public static final List<String> REQUIRED_SECTIONS =
            List.of("Why it matters", "What triggers it", "How to fix", "How to suppress");

    private static final Pattern SECTION = Pattern.compile("^## (.+)$", Pattern.MULTILINE);
    private static final Pattern CODE_BLOCK = Pattern.compile("```[a-zA-Z]*\\n(.*?)```", Pattern.DOTALL);

    public static RuleDoc parse(String ruleId, String markdown) {
        String text = markdown.replace("\r\n", "\n");
        Matcher m = SECTION.matcher(text);
        List<int[]> heads = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            heads.add(new int[] {m.start(), m.end()});
            names.add(m.group(1).trim());
        }
        String preamble = heads.isEmpty() ? text : text.substring(0, heads.get(0)[0]);
        String summary = preamble.lines()
                .filter(line -> !line.startsWith("# ") && !line.isBlank())
                .reduce((a, b) -> a + " " + b)
                .orElse("")
                .trim();
        Map<String, String> sections = new LinkedHashMap<>();
        for (int i = 0; i < heads.size(); i++) {
            int end = i + 1 < heads.size() ? heads.get(i + 1)[0] : text.length();
            sections.put(names.get(i), text.substring(heads.get(i)[1], end).trim());
        }
        return new RuleDoc(ruleId, text, summary, sections);
    }

    /** The page's first heading, which must name the rule id. */
    public String heading() {
        return markdown.lines().filter(line -> line.startsWith("# ")).findFirst().map(l -> l.substring(2).trim()).orElse("");
    }

    /**
     * The {@code .plumbline.yaml} the "How to fix" examples assume: the code block of an optional
     * "Configuration" section, for rules that only run once an option is set.
     */
    public Optional<String> exampleConfig() {
        Matcher m = CODE_BLOCK.matcher(sections.getOrDefault("Configuration", ""));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The code blocks of the "How to fix" section, in order: before, after. */
    public List<String> fixExamples() {
        String fix = sections.getOrDefault("How to fix", "");
        List<String> blocks = new ArrayList<>();
        Matcher m = CODE_BLOCK.matcher(fix);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }
}
