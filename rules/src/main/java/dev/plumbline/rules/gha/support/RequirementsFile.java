package dev.plumbline.rules.gha.support;

import dev.plumbline.workspace.FactsExtractor;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a pip requirements file in the repository says about locking: whether it pins hashes
 * ({@code --hash=sha256:…}), which makes pip check every download.
 *
 * @param hashes true when some requirement carries {@code --hash}
 */
public record RequirementsFile(boolean hashes) {

    private static final Pattern HASH = Pattern.compile("--hash[=\\s]");

    public static final FactsExtractor<RequirementsFile> EXTRACTOR = new FactsExtractor<>() {
        @Override
        public Class<RequirementsFile> type() {
            return RequirementsFile.class;
        }

        @Override
        public boolean accepts(String relativePath) {
            String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
            return name.endsWith(".txt") && (name.contains("requirement") || relativePath.contains("requirements/"));
        }

        @Override
        public Optional<RequirementsFile> extract(String relativePath, String text) {
            return Optional.of(new RequirementsFile(HASH.matcher(text).find()));
        }
    };
}
