package dev.plumbline.rules.k8s.support;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes resource quantity ({@code 500m}, {@code 1.5}, {@code 128Mi}, {@code 1e3}, {@code 2G})
 * read as an exact decimal, so two quantities of one resource can be compared.
 */
public final class Quantity {

    private static final Pattern SYNTAX = Pattern.compile(
            "([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(?:([eE][+-]?[0-9]+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]))?");
    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
            Map.entry("n", new BigDecimal("1e-9")), Map.entry("u", new BigDecimal("1e-6")),
            Map.entry("m", new BigDecimal("1e-3")), Map.entry("k", new BigDecimal("1e3")),
            Map.entry("M", new BigDecimal("1e6")), Map.entry("G", new BigDecimal("1e9")),
            Map.entry("T", new BigDecimal("1e12")), Map.entry("P", new BigDecimal("1e15")),
            Map.entry("E", new BigDecimal("1e18")), Map.entry("Ki", BigDecimal.valueOf(1L << 10)),
            Map.entry("Mi", BigDecimal.valueOf(1L << 20)), Map.entry("Gi", BigDecimal.valueOf(1L << 30)),
            Map.entry("Ti", BigDecimal.valueOf(1L << 40)), Map.entry("Pi", BigDecimal.valueOf(1L << 50)),
            Map.entry("Ei", BigDecimal.valueOf(1L << 60)));

    private Quantity() {
    }

    /** The value {@code text} stands for; empty when it is no quantity (or an absurd exponent). */
    public static Optional<BigDecimal> parse(String text) {
        Matcher matcher = SYNTAX.matcher(text.strip());
        if (text.length() > 64 || !matcher.matches()) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(matcher.group(1));
        if (matcher.group(2) != null) {
            int exponent;
            try {
                exponent = Integer.parseInt(matcher.group(2).substring(1));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            return Math.abs(exponent) > 100 ? Optional.empty() : Optional.of(number.scaleByPowerOfTen(exponent));
        }
        return Optional.of(matcher.group(3) == null ? number : number.multiply(SUFFIXES.get(matcher.group(3))));
    }
}
