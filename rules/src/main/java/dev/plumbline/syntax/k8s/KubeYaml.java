package dev.plumbline.syntax.k8s;

import dev.plumbline.syntax.yaml.YamlEntry;
import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlNode;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.math.BigInteger;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How Kubernetes reads YAML where it differs from the core schema of the YAML layer: kubectl's
 * decoder (YAML 1.1) follows merge keys and takes {@code yes}/{@code no}/{@code on}/{@code off} as
 * booleans.
 */
public final class KubeYaml {

    private static final Set<String> TRUE = Set.of("true", "True", "TRUE", "y", "Y", "yes", "Yes", "YES", "on", "On", "ON");
    private static final Set<String> FALSE = Set.of("false", "False", "FALSE", "n", "N", "no", "No", "NO", "off", "Off",
            "OFF");

    private static final Set<String> NULL = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> SPECIAL_FLOATS = Set.of(".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF",
            "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN");
    /** go-yaml v2's {@code yamlStyleFloat}. */
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final BigInteger MIN_INT64 = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX_UINT64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final String CORE_TAG = "tag:yaml.org,2002:";

    /** What a scalar becomes when kubectl (go-yaml v2, YAML 1.1 rules) decodes it, before the API sees it as JSON. */
    public enum Decoded {
        NULL, BOOL, INT, FLOAT, STRING,
        /** A tag outside the YAML types ({@code !Ref}): not something Kubernetes reads. */
        OTHER
    }

    private KubeYaml() {
    }

    /**
     * How kubectl's decoder types {@code scalar}: quoted and block scalars and {@code !!str} are strings;
     * a plain scalar is null ({@code ~}, {@code null}, nothing), a boolean ({@code true}, {@code yes},
     * {@code on}, {@code y}, ...), an integer (decimal, {@code 0x1F}, {@code 0o17}, octal {@code 0755},
     * {@code 0b101}, underscores allowed), a float ({@code 1.0}, {@code .5}, {@code 1e3}, {@code 08},
     * {@code .inf}) or else a string. So {@code version: 1.0} is a number and {@code enabled: on} a
     * boolean, whatever field they sit in.
     */
    public static Decoded decodedType(YamlScalar scalar) {
        Optional<String> tag = scalar.tag();
        if (tag.isPresent()) {
            String t = tag.get();
            if (!t.startsWith(CORE_TAG)) {
                return t.equals("!") ? Decoded.STRING : Decoded.OTHER;
            }
            return switch (t.substring(CORE_TAG.length())) {
                case "null" -> Decoded.NULL;
                case "bool" -> Decoded.BOOL;
                case "int" -> Decoded.INT;
                case "float" -> Decoded.FLOAT;
                case "str", "binary", "timestamp" -> Decoded.STRING;
                default -> Decoded.OTHER;
            };
        }
        if (!scalar.isPlain()) {
            return Decoded.STRING;
        }
        return decodedType(scalar.value());
    }

    /** {@link #decodedType(YamlScalar)} for the value of a plain, untagged scalar. */
    public static Decoded decodedType(String plain) {
        if (NULL.contains(plain)) {
            return Decoded.NULL;
        }
        if (TRUE.contains(plain) || FALSE.contains(plain)) {
            return Decoded.BOOL;
        }
        if (SPECIAL_FLOATS.contains(plain)) {
            return Decoded.FLOAT;
        }
        char first = plain.charAt(0);
        if (first == '.') {
            return FLOAT.matcher(plain).matches() ? Decoded.FLOAT : Decoded.STRING;
        }
        if (first != '+' && first != '-' && (first < '0' || first > '9')) {
            return Decoded.STRING;
        }
        String digits = plain.replace("_", "");
        if (isGoInteger(digits)) {
            return Decoded.INT;
        }
        return FLOAT.matcher(digits).matches() ? Decoded.FLOAT : Decoded.STRING;
    }

    /** Go's {@code strconv.ParseInt(s, 0, 64)} or {@code ParseUint}: sign, 0x/0o/0b prefixes, a leading 0 for octal. */
    private static boolean isGoInteger(String text) {
        String t = text;
        boolean negative = t.startsWith("-");
        if (t.startsWith("+") || negative) {
            t = t.substring(1);
        }
        int radix = 10;
        if (t.length() > 1 && t.charAt(0) == '0') {
            char prefix = Character.toLowerCase(t.charAt(1));
            radix = prefix == 'x' ? 16 : prefix == 'o' ? 8 : prefix == 'b' ? 2 : 8;
            t = t.substring(prefix == 'x' || prefix == 'o' || prefix == 'b' ? 2 : 1);
        }
        if (t.isEmpty() || t.length() > 70) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (Character.digit(t.charAt(i), radix) < 0) {
                return false;
            }
        }
        BigInteger value = new BigInteger(t, radix);
        value = negative ? value.negate() : value;
        return value.compareTo(MIN_INT64) >= 0 && value.compareTo(MAX_UINT64) <= 0;
    }

    /** The value under {@code key}, merge keys ({@code <<}) included. */
    public static Optional<YamlNode> get(YamlMapping mapping, String key) {
        return mapping.withMerges().get(key);
    }

    /** The entry of {@code key}, merge keys included (an inherited entry keeps its anchor-side position). */
    public static Optional<YamlEntry> entry(YamlMapping mapping, String key) {
        return mapping.withMerges().entry(key);
    }

    /** The mapping under {@code key} (through aliases and merges). */
    public static Optional<YamlMapping> mapping(YamlMapping mapping, String key) {
        return get(mapping, key).flatMap(YamlNode::asMapping);
    }

    /** The scalar text under {@code key} (through aliases and merges). */
    public static Optional<String> text(YamlMapping mapping, String key) {
        return get(mapping, key).flatMap(YamlNode::asText);
    }

    /**
     * The boolean a plain or tagged scalar stands for as Kubernetes decodes it (YAML 1.1: {@code yes},
     * {@code off}, ... count); empty for quoted strings, other values and collections.
     */
    public static Optional<Boolean> booleanOf(YamlNode node) {
        Optional<YamlScalar> scalar = node.asScalar();
        if (scalar.isEmpty()) {
            return Optional.empty();
        }
        if (scalar.get().asBoolean().isPresent()) {
            return scalar.get().asBoolean();
        }
        if (!scalar.get().isPlain() || scalar.get().tag().isPresent()) {
            return Optional.empty();
        }
        String value = scalar.get().value();
        return TRUE.contains(value) ? Optional.of(true) : FALSE.contains(value) ? Optional.of(false) : Optional.empty();
    }

    /**
     * The integer a plain or tagged-int scalar stands for (decimal, {@code 0x}, {@code 0o}); empty for
     * quoted strings, other values and collections (the API server rejects a quoted number in an
     * integer field).
     */
    public static Optional<Long> integerOf(YamlNode node) {
        return node.asScalar().flatMap(YamlScalar::asLong);
    }

    /** True when {@code node} is a boolean true as Kubernetes reads it. */
    public static boolean isTrue(YamlNode node) {
        return booleanOf(node).orElse(false);
    }

    /** True when {@code node} is a boolean false as Kubernetes reads it. */
    public static boolean isFalse(YamlNode node) {
        return booleanOf(node).map(b -> !b).orElse(false);
    }
}
