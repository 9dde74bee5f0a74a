package dev.plumbline.rules.dockerfile.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The fast search finds exactly what trying the pattern at every character finds. */
class SecretValuesTest {

    /** One made-up credential of every format (built from parts so no scanner mistakes this file for a leak). */
    private static final String[] TOKENS = {
        "AKIA" + "Q3EGRIVVZ4M7K2PX", "ASIA" + "Q3EGRIVVZ4M7K2PY", "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
        "ghs_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R9", "github_pat_" + "11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP",
        "glpat-" + "abcdefghij0123456789", "xoxb-" + "1234567890-abcdef", "sk_live_" + "a1B2c3D4e5F6g7H8i9J0",
        "rk_live_" + "a1B2c3D4e5F6g7H8i9J1", "AIza" + "SyA1234567890abcdefghijklmnopqrstuv", "npm_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
        "pypi-" + "AgEIcHlwaS5vcmcCJDEyMzQ1Njc4LTEyMzQtMTIzNC0xMjM0LTEyMzQ1Njc4OTAxMgACKlsz",
        "-----BEGIN " + "OPENSSH PRIVATE KEY-----",
    };
    private static final String[] FILLER = {" ", "\n", "x", "_", "ENV T=", "RUN echo ", "AKIA", "gh", "ghp_", "-", "A", "9"};

    @Test
    void everyFormatIsFound() {
        for (String token : TOKENS) {
            assertEquals(1, SecretValues.find("ENV T=" + token + "\n").size(), token);
        }
    }

    @Test
    void findsWhatAFullScanFinds() {
        Random random = new Random(3);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(random.nextInt(3) == 0 ? TOKENS[random.nextInt(TOKENS.length)] : FILLER[random.nextInt(FILLER.length)]);
            }
            List<String> fast = SecretValues.find(text).stream().map(m -> m.start() + "-" + m.end()).toList();
            assertEquals(fullScan(text.toString()), fast, text.toString());
        }
    }

    /** The pattern tried at every character, as the search used to work. */
    private static List<String> fullScan(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SecretValues.ALL.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    if (!SecretValues.isPlaceholder(m.group(g))) {
                        out.add(m.start() + "-" + m.end());
                    }
                    break;
                }
            }
        }
        return out;
    }
}
