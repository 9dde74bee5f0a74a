package dev.plumbline.schemagen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Build step (run by {@code exec-maven-plugin} in the rules module, see {@code rules/pom.xml}):
 * generates the Kubernetes schema index from {@code io.kubernetes:client-java-api}, a test-scope
 * dependency that never reaches the shipped jar, into the rules module's classes.
 *
 * <p>Arguments: output directory (the module's {@code target/classes}), the curated facts file,
 * the client-java-api version, the Kubernetes release it was generated from, and a fingerprint
 * file: when the outputs exist and the fingerprint of the inputs (versions, curated facts, this
 * generator's classes) is unchanged, nothing is done. Moving to the next Kubernetes release: see
 * {@code rules/README.md}.
 */
public final class SchemaIndexGenerator {

    private static final List<String> OWN_CLASSES = List.of("SchemaIndexGenerator", "ApiKindScanner",
            "ApiKindScanner$ApiKind", "ApiKindScanner$PathRecorder", "ClassNames", "ModelCatalog",
            "ModelCatalog$ModelType", "ModelCatalog$ModelField", "CuratedFacts", "IndexWriter");

    private SchemaIndexGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: SchemaIndexGenerator <outputDir> <curated.txt> <clientVersion>"
                    + " <kubernetesVersion> <fingerprintFile>");
        }
        long start = System.nanoTime();
        Path output = Path.of(args[0]);
        Path curatedFile = Path.of(args[1]);
        Path fingerprintFile = Path.of(args[4]);
        Path dir = output.resolve(IndexWriter.RESOURCE_DIR);
        String fingerprint = fingerprint(args[2], args[3], curatedFile);
        if (Files.exists(dir.resolve(IndexWriter.SCHEMA)) && Files.exists(dir.resolve(IndexWriter.DOCS))
                && Files.exists(fingerprintFile) && Files.readString(fingerprintFile).equals(fingerprint)) {
            System.out.println("[k8s schema] up to date");
            return;
        }
        List<ApiKindScanner.ApiKind> kinds = ApiKindScanner.scan();
        if (kinds.size() < 50) {
            throw new IllegalStateException("only " + kinds.size() + " kinds found: the client's API classes changed shape");
        }
        long scanned = System.nanoTime();
        ModelCatalog catalog = ModelCatalog.reachableFrom(kinds.stream().<Class<?>>map(ApiKindScanner.ApiKind::model).toList());
        CuratedFacts curated = CuratedFacts.read(curatedFile, catalog);
        IndexWriter.write(output, args[2], args[3], kinds, catalog, curated);
        Files.createDirectories(fingerprintFile.toAbsolutePath().getParent());
        Files.writeString(fingerprintFile, fingerprint);
        System.out.printf("[k8s schema] Kubernetes %s (client-java-api %s): %d kinds, %d types, %d + %d bytes,"
                + " %d ms (API classes %d ms)%n", args[3], args[2], kinds.size(), catalog.types().size(),
                Files.size(dir.resolve(IndexWriter.SCHEMA)), Files.size(dir.resolve(IndexWriter.DOCS)),
                (System.nanoTime() - start) / 1_000_000, (scanned - start) / 1_000_000);
    }

    private static String fingerprint(String clientVersion, String kubernetesVersion, Path curated)
            throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update((clientVersion + "\n" + kubernetesVersion + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(curated));
        for (String name : OWN_CLASSES) {
            try (InputStream in = SchemaIndexGenerator.class.getResourceAsStream(name + ".class")) {
                if (in == null) {
                    throw new IOException("cannot read the generator's class " + name + " (update OWN_CLASSES)");
                }
                digest.update(in.readAllBytes());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
