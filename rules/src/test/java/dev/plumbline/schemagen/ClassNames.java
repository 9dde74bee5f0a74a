package dev.plumbline.schemagen;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** The classes of a package, read from the jar that holds it (reflection cannot list a package). */
final class ClassNames {

    private ClassNames() {
    }

    /** Simple names (nested classes keep their {@code $}) of the classes in {@code anchor}'s package, sorted. */
    static List<String> inPackageOf(Class<?> anchor) throws IOException {
        Path jar;
        try {
            jar = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the jar of " + anchor, e);
        }
        String prefix = anchor.getPackageName().replace('.', '/') + "/";
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (name.startsWith(prefix) && name.endsWith(".class") && name.indexOf('/', prefix.length()) < 0) {
                    names.add(name.substring(prefix.length(), name.length() - ".class".length()));
                }
            }
        }
        Collections.sort(names);
        return names;
    }
}
