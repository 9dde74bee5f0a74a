package dev.plumbline.syntax.gha;

import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import dev.plumbline.syntax.yaml.YamlSequence;
import dev.plumbline.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Dependabot configuration ({@code .github/dependabot.yml}): its {@code updates}, one per package
 * ecosystem and directory. Odd shapes give fewer updates, never an exception: an item of
 * {@code updates} that is not a mapping is left out.
 */
public final class Dependabot {

    private final YamlMapping mapping;
    private final List<Update> updates;

    Dependabot(YamlMapping mapping) {
        this.mapping = mapping;
        List<Update> all = new ArrayList<>();
        mapping.getSequence("updates").ifPresent(sequence -> {
            for (int i = 0; i < sequence.size(); i++) {
                int index = i;
                sequence.items().get(i).asMapping().ifPresent(item -> all.add(new Update(sequence, index, item)));
            }
        });
        this.updates = List.copyOf(all);
    }

    /** The root mapping. */
    public YamlMapping mapping() {
        return mapping;
    }

    /** The {@code updates} items that are mappings, in order. */
    public List<Update> updates() {
        return updates;
    }

    /** The lower-case, trimmed {@code package-ecosystem} of every update that names one. */
    public List<String> ecosystems() {
        return updates.stream().map(Update::ecosystem).filter(e -> !e.isEmpty()).distinct().toList();
    }

    @Override
    public String toString() {
        return "Dependabot[" + updates.size() + " updates]";
    }

    /** One item of {@code updates}. */
    public static final class Update {

        private final YamlSequence sequence;
        private final int index;
        private final YamlMapping mapping;

        Update(YamlSequence sequence, int index, YamlMapping mapping) {
            this.sequence = sequence;
            this.index = index;
            this.mapping = mapping;
        }

        public YamlMapping mapping() {
            return mapping;
        }

        /** The whole item, from its dash. */
        public Range itemRange() {
            return sequence.itemRange(index);
        }

        public Optional<YamlEntry> entry(String key) {
            return mapping.entry(key);
        }

        public Optional<YamlScalar> packageEcosystem() {
            return mapping.getScalar("package-ecosystem").filter(s -> !s.isNull());
        }

        /** The ecosystem lower-cased and trimmed; "" when none is named. */
        public String ecosystem() {
            return packageEcosystem().map(s -> s.value().trim().toLowerCase(Locale.ROOT)).orElse("");
        }

        /** {@code directory}, else the first of {@code directories}; empty when neither names one. */
        public Optional<String> directory() {
            Optional<String> single = mapping.getScalar("directory").filter(s -> !s.isNull()).map(s -> s.value().trim());
            if (single.isPresent()) {
                return single;
            }
            return mapping.getSequence("directories").flatMap(s -> s.items().stream().findFirst())
                    .flatMap(YamlNode::asScalar).filter(s -> !s.isNull()).map(s -> s.value().trim());
        }

        /** {@code cooldown:} as written (a mapping, or a null / odd value). */
        public Optional<YamlEntry> cooldown() {
            return mapping.entry("cooldown");
        }

        public Optional<YamlEntry> insecureExternalCodeExecution() {
            return mapping.entry("insecure-external-code-execution");
        }

        /**
         * Where a finding about something this update lacks goes: its {@code package-ecosystem} key, else
         * its first key.
         */
        public Range ownerRange() {
            return mapping.entry("package-ecosystem").map(e -> e.key().range())
                    .or(() -> mapping.entries().stream().findFirst().map(e -> e.key().range()))
                    .orElseGet(this::itemRange);
        }

        /** {@code the "npm" update of "/"}, for messages. */
        public String describe() {
            String ecosystem = packageEcosystem().map(s -> s.value().trim()).orElse("?");
            return "the \"" + ecosystem + "\" update" + directory().map(d -> " of \"" + d + "\"").orElse("");
        }

        @Override
        public String toString() {
            return "Update[" + ecosystem() + "]";
        }
    }
}
