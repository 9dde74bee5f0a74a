package dev.plumbline.intellij;

/**
 * IntelliJ's file name patterns as LSP4IJ's mappings use them: matched against the file name only
 * (never the folder), {@code *} for any run of characters, {@code ?} for one, everything else
 * literal. Case-sensitive, the stricter reading, so a test that passes here passes in the IDE.
 */
final class FileNamePattern {

    private FileNamePattern() {
    }

    static boolean matches(String pattern, String fileName) {
        return matches(pattern, 0, fileName, 0);
    }

    private static boolean matches(String pattern, int p, String name, int n) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '*') {
                for (int rest = n; rest <= name.length(); rest++) {
                    if (matches(pattern, p + 1, name, rest)) {
                        return true;
                    }
                }
                return false;
            }
            if (n >= name.length() || (c != '?' && c != name.charAt(n))) {
                return false;
            }
            p++;
            n++;
        }
        return n == name.length();
    }
}
