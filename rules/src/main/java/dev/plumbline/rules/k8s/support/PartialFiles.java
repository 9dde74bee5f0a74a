package dev.plumbline.rules.k8s.support;

import dev.plumbline.text.TextDocument;
import java.util.Locale;

/**
 * Files that hold partial objects on purpose, by their name: kustomize patch files, and the assert
 * files of kuttl and chainsaw tests (a subset of the object to expect). A file whose name mentions
 * "patch" or "assert" is taken for one; {@link Patches#isPatchFile} adds the files a kustomization in
 * the workspace applies as patches, whatever their name.
 */
public final class PartialFiles {

    private PartialFiles() {
    }

    /** True when the document's file name contains {@code patch} or {@code assert}, e.g. {@code replica-patch.yaml}. */
    public static boolean isLikelyPartial(TextDocument document) {
        String uri = document.uri();
        String name = uri.substring(uri.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.contains("patch") || name.contains("assert");
    }
}
