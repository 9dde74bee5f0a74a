package dev.plumbline.rules.dockerfile.support;

import dev.plumbline.syntax.dockerfile.Mount;
import dev.plumbline.syntax.dockerfile.RunInstruction;
import java.util.Optional;

/** {@code RUN --mount=type=cache|tmpfs,target=…}: directories whose content never reaches the layer. */
public final class CacheMounts {

    private CacheMounts() {
    }

    /**
     * True when a cache or tmpfs mount of the RUN covers {@code directory}: its target is that
     * directory or one of its parents (trailing slashes ignored).
     */
    public static boolean covers(RunInstruction run, String directory) {
        String wanted = trim(directory);
        for (Mount mount : run.mounts()) {
            String type = mount.type();
            if (!type.equals("cache") && !type.equals("tmpfs")) {
                continue;
            }
            Optional<Mount.Field> target = mount.target();
            if (target.isEmpty()) {
                continue;
            }
            String path = trim(target.get().value());
            if (wanted.equals(path) || wanted.startsWith(path + "/") || path.equals("/")) {
                return true;
            }
        }
        return false;
    }

    private static String trim(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
