package dev.plumbline.rules.k8s.support;

import java.util.regex.Pattern;

/**
 * Secret-like names (RULES.md's shared term): a name holding apikey, auth, credential(s), key,
 * password, passwd, pword, secret or token as a whole word, bounded by the start or end of the name
 * or by {@code _}, {@code -} or {@code .}, case-insensitive; a name that also holds the word public,
 * file, version or name does not count ({@code PASSWORD_FILE} names a path and {@code SECRET_NAME} a
 * Secret object, not a secret).
 */
public final class SecretNames {

    private static final String EDGE_BEFORE = "(?<![^_.-])";
    private static final String EDGE_AFTER = "(?![^_.-])";
    private static final Pattern SECRET_WORD = Pattern.compile(EDGE_BEFORE
            + "(?:apikey|auth|credentials?|key|password|passwd|pword|secret|token)" + EDGE_AFTER,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ALLOWED_WORD = Pattern.compile(EDGE_BEFORE + "(?:public|file|version|name)" + EDGE_AFTER,
            Pattern.CASE_INSENSITIVE);

    private SecretNames() {
    }

    public static boolean isSecretLike(String name) {
        return SECRET_WORD.matcher(name).find() && !ALLOWED_WORD.matcher(name).find();
    }
}
