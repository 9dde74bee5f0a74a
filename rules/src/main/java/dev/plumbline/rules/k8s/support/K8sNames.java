package dev.plumbline.rules.k8s.support;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name formats the API server validates, each answering why a name does not fit (empty when it
 * does): DNS-1123 labels and subdomains, DNS-1035 labels, path segments, IANA service names, label
 * values and qualified names (label and annotation keys).
 */
public final class K8sNames {

    private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern IANA_SVC_NAME = Pattern.compile("[-a-z0-9]+");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");

    private K8sNames() {
    }

    /** Container, volume and Service port names, namespaces. */
    public static Optional<String> dns1123Label(String name) {
        if (name.length() > 63) {
            return Optional.of("it is longer than 63 characters");
        }
        return DNS1123_LABEL.matcher(name).matches() ? Optional.empty()
                : Optional.of("it must consist of lower-case letters, digits and '-', and start and end with a letter or digit");
    }

    /** Service names: a DNS-1123 label that starts with a letter. */
    public static Optional<String> dns1035Label(String name) {
        if (name.length() > 63) {
            return Optional.of("it is longer than 63 characters");
        }
        return DNS1035_LABEL.matcher(name).matches() ? Optional.empty()
                : Optional.of("it must consist of lower-case letters, digits and '-', start with a letter and end with a"
                        + " letter or digit");
    }

    /** Most object names: dot-separated DNS-1123 labels, at most 253 characters. */
    public static Optional<String> dns1123Subdomain(String name) {
        if (name.length() > 253) {
            return Optional.of("it is longer than 253 characters");
        }
        return DNS1123_SUBDOMAIN.matcher(name).matches() ? Optional.empty()
                : Optional.of("it must consist of lower-case letters, digits, '-' and '.', and start and end with a"
                        + " letter or digit");
    }

    /** RBAC object names: anything but {@code .}, {@code ..} and names holding {@code /} or {@code %}. */
    public static Optional<String> pathSegment(String name) {
        if (name.equals(".") || name.equals("..")) {
            return Optional.of("it may not be '" + name + "'");
        }
        return name.contains("/") || name.contains("%") ? Optional.of("it may not contain '/' or '%'") : Optional.empty();
    }

    /** Container port names and named target ports: IANA service names. */
    public static Optional<String> ianaServiceName(String name) {
        if (name.length() > 15) {
            return Optional.of("it is longer than 15 characters");
        }
        if (!IANA_SVC_NAME.matcher(name).matches()) {
            return Optional.of("it must consist of lower-case letters, digits and '-'");
        }
        if (name.startsWith("-") || name.endsWith("-") || name.contains("--")) {
            return Optional.of("it may not start or end with '-' or hold '--'");
        }
        return name.chars().anyMatch(Character::isLetter) ? Optional.empty()
                : Optional.of("it must contain at least one letter");
    }

    /** Label values: empty, or at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit. */
    public static Optional<String> labelValue(String value) {
        if (value.length() > 63) {
            return Optional.of("it is longer than 63 characters");
        }
        return value.isEmpty() || QUALIFIED_NAME.matcher(value).matches() ? Optional.empty()
                : Optional.of("it must consist of letters, digits, '-', '_' and '.', and start and end with a letter"
                        + " or digit");
    }

    /** Label and annotation keys: an optional DNS subdomain prefix and '/', then a name of at most 63 characters. */
    public static Optional<String> qualifiedName(String key) {
        int slash = key.indexOf('/');
        String name = key;
        if (slash >= 0) {
            String prefix = key.substring(0, slash);
            name = key.substring(slash + 1);
            if (prefix.isEmpty()) {
                return Optional.of("its prefix before '/' is empty");
            }
            Optional<String> prefixProblem = dns1123Subdomain(prefix);
            if (prefixProblem.isPresent()) {
                return Optional.of("its prefix \"" + prefix + "\" must be a DNS subdomain (" + prefixProblem.get() + ")");
            }
        }
        if (name.isEmpty()) {
            return Optional.of("its name part is empty");
        }
        if (name.length() > 63) {
            return Optional.of("its name part is longer than 63 characters");
        }
        return QUALIFIED_NAME.matcher(name).matches() ? Optional.empty()
                : Optional.of("its name part must consist of letters, digits, '-', '_' and '.', and start and end with a"
                        + " letter or digit");
    }
}
