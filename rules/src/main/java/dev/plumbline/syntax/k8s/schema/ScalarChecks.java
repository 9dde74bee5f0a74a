package dev.plumbline.syntax.k8s.schema;

import java.util.regex.Pattern;

/** Text checks for scalar types the API decodes itself: quantities and base64. */
public final class ScalarChecks {

    /** {@code resource.Quantity}: a signed decimal number, then a binary or decimal SI suffix or an exponent. */
    private static final Pattern QUANTITY = Pattern.compile(
            "[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?");
    /** Placeholders of envsubst, Helm and the like: the real value is not known before rendering. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{|\\{\\{");

    private ScalarChecks() {
    }

    /** True for text {@code resource.ParseQuantity} accepts, e.g. {@code 500m}, {@code 1.5Gi}, {@code 1e3}. */
    public static boolean isQuantity(String text) {
        return text.length() <= 100 && QUANTITY.matcher(text).matches();
    }

    /** True for text JSON decoding into {@code []byte} accepts: Go's {@code base64.StdEncoding}, which skips CR and LF. */
    public static boolean isBase64(String text) {
        int length = 0;
        int padding = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                continue;
            }
            boolean alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                    || c == '/';
            if (c == '=') {
                padding++;
            } else if (!alphabet || padding > 0) {
                return false;
            }
            length++;
        }
        return length % 4 == 0 && padding <= 2;
    }

    /** True when the text holds a template placeholder ({@code ${VAR}}, <code>{{ .x }}</code>). */
    public static boolean hasPlaceholder(String text) {
        return PLACEHOLDER.matcher(text).find();
    }
}
