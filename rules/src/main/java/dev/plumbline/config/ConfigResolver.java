package dev.plumbline.config;

import dev.plumbline.engine.LanguageDetector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Finds the {@code .plumbline.yaml} that applies to a file: the nearest one in the file's folder or
 * an ancestor, never above a boundary (the workspace folder). The nearest peer configurations,
 * looked up the same way, are read too, as a layer under it: {@code .hadolint.yaml}, zizmor's
 * {@code zizmor.yml} (in a folder or its {@code .github/}) and {@code .github/actionlint.yaml}. Files are read once and re-read when
 * their modification time or size changes.
 */
public final class ConfigResolver {

    static final List<String> FILE_NAMES = List.of(LanguageDetector.CONFIG_FILE_NAME, ".plumbline.yml");

    private record Cached(FileTime modified, long size, LoadedConfig loaded) {
    }

    private record CachedPeer(FileTime modified, long size, Config config) {
    }

    private final ConfigLoader loader;
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();
    private final Map<Path, CachedPeer> peerCache = new ConcurrentHashMap<>();

    public ConfigResolver(ConfigLoader loader) {
        this.loader = loader;
    }

    /**
     * @param file the file being checked
     * @param boundary the highest folder to look in (e.g. the workspace root); {@code null} searches
     *     up to the file system root
     */
    public ResolvedConfig resolve(Path file, Path boundary) {
        Path absolute = file.toAbsolutePath().normalize();
        Path stop = boundary == null ? null : boundary.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        Optional<Path> plumbline = Optional.empty();
        Optional<Path> hadolint = Optional.empty();
        Optional<Path> actionlint = Optional.empty();
        Optional<Path> zizmor = Optional.empty();
        while (dir != null && (plumbline.isEmpty() || hadolint.isEmpty() || actionlint.isEmpty() || zizmor.isEmpty())) {
            plumbline = nearest(plumbline, dir, FILE_NAMES);
            hadolint = nearest(hadolint, dir, HadolintConfigReader.FILE_NAMES);
            actionlint = nearest(actionlint, dir, ActionlintConfigReader.FILE_NAMES);
            zizmor = nearest(zizmor, dir, ZizmorConfigReader.FILE_NAMES);
            if (dir.equals(stop)) {
                break;
            }
            dir = dir.getParent();
        }
        // peers' configurations lie under ours (RULES.md: default < peer config < .plumbline.yaml); they
        // set different things, so their order among themselves matters little
        Config peer = hadolint.map(p -> loadPeer(p, HadolintConfigReader::read)).orElse(Config.DEFAULT)
                .overriddenBy(actionlint.map(p -> loadPeer(p, t -> ActionlintConfigReader.read(t).config())).orElse(Config.DEFAULT))
                .overriddenBy(zizmor.map(p -> loadPeer(p, t -> ZizmorConfigReader.read(t).config())).orElse(Config.DEFAULT));
        if (plumbline.isEmpty()) {
            return hadolint.isEmpty() && actionlint.isEmpty() && zizmor.isEmpty() ? ResolvedConfig.none()
                    : new ResolvedConfig(peer, Optional.empty(), List.of());
        }
        LoadedConfig loaded = load(plumbline.get());
        return new ResolvedConfig(peer.overriddenBy(loaded.config()), plumbline, loaded.problems());
    }

    /** The file found already, else one of {@code names} in {@code dir}. */
    private static Optional<Path> nearest(Optional<Path> found, Path dir, List<String> names) {
        return found.isPresent() ? found : fileIn(dir, names);
    }

    /** Reads an explicitly named configuration file (e.g. {@code check --config FILE}). */
    public ResolvedConfig resolveExplicit(Path configFile) throws IOException {
        Path absolute = configFile.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new IOException("configuration file not found: " + configFile);
        }
        LoadedConfig loaded = load(absolute);
        return new ResolvedConfig(loaded.config(), Optional.of(absolute), loaded.problems());
    }

    /** Forgets every cached file, e.g. after the editor reports configuration changes. */
    public void invalidate() {
        cache.clear();
        peerCache.clear();
    }

    private static Optional<Path> fileIn(Path dir, List<String> names) {
        for (String name : names) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private LoadedConfig load(Path path) {
        try {
            FileTime modified = Files.getLastModifiedTime(path);
            long size = Files.size(path);
            Cached cached = cache.get(path);
            if (cached != null && cached.modified().equals(modified) && cached.size() == size) {
                return cached.loaded();
            }
            String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
            LoadedConfig loaded = loader.load(text);
            cache.put(path, new Cached(modified, size, loaded));
            return loaded;
        } catch (IOException e) {
            return new LoadedConfig(Config.DEFAULT, List.of(new ConfigProblem(dev.plumbline.text.Range.of(0, 0, 0, 0),
                    "Configuration could not be read (" + e.getMessage() + "); defaults apply.")));
        }
    }

    /** A peer tool's configuration file, read once per modification; unreadable means no layer. */
    private Config loadPeer(Path path, Function<String, Config> reader) {
        try {
            FileTime modified = Files.getLastModifiedTime(path);
            long size = Files.size(path);
            CachedPeer cached = peerCache.get(path);
            if (cached != null && cached.modified().equals(modified) && cached.size() == size) {
                return cached.config();
            }
            Config config = reader.apply(new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
            peerCache.put(path, new CachedPeer(modified, size, config));
            return config;
        } catch (IOException e) {
            return Config.DEFAULT;
        }
    }
}
