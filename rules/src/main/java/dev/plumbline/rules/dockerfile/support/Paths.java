package dev.plumbline.rules.dockerfile.support;

/** Container paths as WORKDIR, COPY and ADD read them. */
public final class Paths {

    private Paths() {
    }

    /**
     * True for an absolute container path: {@code /…}, a Windows drive ({@code C:\…}, {@code c:/…}) or
     * root ({@code \…}), or one starting with a variable (its value is not known, so it is not judged).
     */
    public static boolean isAbsoluteOrVariable(String path) {
        String p = path.strip();
        if (p.length() >= 2 && (p.charAt(0) == '"' || p.charAt(0) == '\'') && p.charAt(p.length() - 1) == p.charAt(0)) {
            p = p.substring(1, p.length() - 1);
        }
        if (p.isEmpty()) {
            return true;
        }
        char c = p.charAt(0);
        if (c == '/' || c == '\\' || c == '$') {
            return true;
        }
        return p.length() >= 2 && Character.isLetter(c) && p.charAt(1) == ':';
    }
}
