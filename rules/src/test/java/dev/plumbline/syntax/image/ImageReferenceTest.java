package dev.plumbline.syntax.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageReferenceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // text | registry | repository | tag | digest
        "nginx | - | nginx | - | -",
        "nginx:1.25 | - | nginx | 1.25 | -",
        "library/nginx:latest | - | library/nginx | latest | -",
        "host:5000/app | host:5000 | app | - | -",
        "host:5000/team/app:v1 | host:5000 | team/app | v1 | -",
        "localhost/app | localhost | app | - | -",
        "Registry/app | Registry | app | - | -",
        "[::1]:5000/app:1 | [::1]:5000 | app | 1 | -",
        "scratch | - | scratch | - | -",
    })
    void readsTheParts(String text, String registry, String repository, String tag, String digest) {
        ImageReference ref = ImageReference.parse(text).orElseThrow();
        assertEquals(registry, ref.registry());
        assertEquals(repository, ref.repository());
        assertEquals(tag, ref.tag());
        assertEquals(digest, ref.digest());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "Nginx", "{{ .Image }}", "app:", "app@sha256:short", "${IMAGE}", "repo:$(TAG)",
        "a//b", "-a", "host:port/app", "app:-x"})
    void rejectsWhatIsNoReference(String text) {
        assertEquals(Optional.empty(), ImageReference.parse(text));
    }

    @Test
    void rejectsNullAndOverlongText() {
        assertEquals(Optional.empty(), ImageReference.parse(null));
        assertEquals(Optional.empty(), ImageReference.parse("a".repeat(513)));
    }

    @Test
    void spansPointIntoTheText() {
        String digest = "sha256:" + "ab".repeat(32);
        String text = "host:5000/team/app:v1@" + digest;
        ImageReference ref = ImageReference.parse(text).orElseThrow();
        assertEquals("host:5000", slice(text, ref.span(ImageReference.Part.REGISTRY)));
        assertEquals("team/app", slice(text, ref.span(ImageReference.Part.REPOSITORY)));
        assertEquals("v1", slice(text, ref.span(ImageReference.Part.TAG)));
        assertEquals(digest, slice(text, ref.span(ImageReference.Part.DIGEST)));
        ImageReference bare = ImageReference.parse("nginx").orElseThrow();
        assertTrue(bare.span(ImageReference.Part.TAG).isEmpty());
        assertTrue(bare.span(ImageReference.Part.REGISTRY).isEmpty());
        assertEquals("nginx", slice("nginx", bare.span(ImageReference.Part.REPOSITORY)));
    }

    @Test
    void pinningPredicates() {
        ImageReference pinned = ImageReference.parse("nginx:latest@sha256:" + "a".repeat(64)).orElseThrow();
        assertTrue(pinned.hasDigest());
        assertFalse(pinned.isLatest());
        assertFalse(pinned.isUntagged());
        assertTrue(ImageReference.parse("nginx:latest").orElseThrow().isLatest());
        assertTrue(ImageReference.parse("host:5000/app").orElseThrow().isUntagged());
        assertEquals("host:5000/app", ImageReference.parse("host:5000/app:1").orElseThrow().name());
    }

    private static String slice(String text, Optional<ImageReference.Span> span) {
        ImageReference.Span s = span.orElseThrow();
        return text.substring(s.start(), s.end());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "nginx, docker.io/library/nginx",
        "nginx:1.27@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef, docker.io/library/nginx",
        "library/nginx:latest, docker.io/library/nginx",
        "docker.io/nginx, docker.io/library/nginx",
        "index.docker.io/library/nginx, docker.io/library/nginx",
        "registry-1.docker.io/bitnami/redis:7, docker.io/bitnami/redis",
        "bitnami/redis, docker.io/bitnami/redis",
        "GHCR.io/acme/api:1, ghcr.io/acme/api",
        "ghcr.io/nginx, ghcr.io/nginx",
        "localhost:5000/app, localhost:5000/app",
    })
    void canonicalNamesMakeOneImageOneName(String text, String canonical) {
        assertEquals(canonical, ImageReference.parse(text).orElseThrow().canonicalName());
    }
}
