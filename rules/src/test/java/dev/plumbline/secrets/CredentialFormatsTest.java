package dev.plumbline.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CredentialFormatsTest {

    private static final String GITHUB = "ghp_" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7d";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            AKIA2E0A8F3B244C9986                                  | an AWS access key ID
            ASIA2E0A8F3B244C9986                                  | an AWS access key ID
            glpat-Zq8r3Tb6Yw1Xv4Nm7Pk2                            | a GitLab token
            xoxb-2048-9999-Yq3lTk8ZzP4w                           | a Slack token
            sk_live_51Hq8r3Tb6Yw1Xv4Nm7Pk2Lx                      | a Stripe live key
            AIzaSyD3f8Hk2Lm9Qp4Rs7Tv1Wx6Yz0Ab5Cd8Ef               | a Google API key
            npm_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7d              | an npm token
            -----BEGIN RSA PRIVATE KEY-----                       | a private key
            -----BEGIN OPENSSH PRIVATE KEY-----                   | a private key
            """)
    void recognisesEachFormat(String value, String kind) {
        assertEquals(List.of(new CredentialFormats.Match(kind, 0, value.length())), CredentialFormats.find(value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            AWS's documented example                    | AKIAIOSFODNN7EXAMPLE
            a GitHub token made of filler               | ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
            a GitHub token too short                    | ghp_Ab3dEf6hIj9kLm
            a prefix inside a longer word               | XAKIA2E0A8F3B244C9986
            a token with more word characters after it  | AKIA2E0A8F3B244C9986ZZ
            prose                                       | the private key lives in a vault
            """)
    void ignores(String why, String value) {
        assertEquals(List.of(), CredentialFormats.find(value), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            in a URL            | https://x:%s@example.com/ |  10
            in an assignment    | GH_TOKEN=%s               |  9
            """)
    void findsTokensInsideText(String why, String template, int start) {
        String text = template.formatted(GITHUB);
        assertEquals(List.of(new CredentialFormats.Match("a GitHub token", start, start + GITHUB.length())),
                CredentialFormats.find(text), why);
    }

    /** Made-up credentials of every format, from parts so that no scanner takes this file for a leak. */
    private static final String[] TOKENS = {
        "AKIA" + "Q3EGRIVVZ4M7K2PX", "ASIA" + "Q3EGRIVVZ4M7K2PY", "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
        "github_pat_" + "11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP", "glpat-" + "abcdefghij0123456789",
        "xoxb-" + "1234567890-abcdef", "sk_live_" + "a1B2c3D4e5F6g7H8i9J0", "AIza" + "SyA1234567890abcdefghijklmnopqrstuv",
        "npm_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", "pypi-" + "AgEIcHlwaS5vcmcCJDEyMzQ1Njc4LTEyMzQtMTIzNC0xMjM0LTEy",
        "-----BEGIN " + "OPENSSH PRIVATE KEY-----", "AKIA" + "IOSFODNN7EXAMPLE",
    };
    private static final String[] FILLER = {" ", "\n", "x", "_", "ENV T=", "RUN echo ", "AKIA", "gh", "ghp_", "-", "A", "9"};

    @Test
    void theSearchFromKnownStartsFindsWhatTryingEveryCharacterFinds() {
        Random random = new Random(3);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(random.nextInt(3) == 0 ? TOKENS[random.nextInt(TOKENS.length)] : FILLER[random.nextInt(FILLER.length)]);
            }
            assertEquals(everyCharacter(text.toString()), CredentialFormats.find(text), text.toString());
        }
    }

    /** Each pattern tried at every character, as a plain regex search does. */
    private static List<CredentialFormats.Match> everyCharacter(String text) {
        List<CredentialFormats.Match> out = new ArrayList<>();
        for (CredentialFormats.Format format : CredentialFormats.FORMATS) {
            Matcher m = format.pattern().matcher(text);
            while (m.find()) {
                if (format.kind().equals("a private key") || !CredentialFormats.isPlaceholder(m.group())) {
                    out.add(new CredentialFormats.Match(format.kind(), m.start(), m.end()));
                }
            }
        }
        out.sort(Comparator.comparingInt(CredentialFormats.Match::start));
        return out;
    }

    @Test
    void reportsEveryCredentialInOrder() {
        String text = "-----BEGIN PRIVATE KEY-----\nkey: AKIA2E0A8F3B244C9986\n";
        assertEquals(List.of("a private key", "an AWS access key ID"),
                CredentialFormats.find(text).stream().map(CredentialFormats.Match::kind).toList());
    }
}
