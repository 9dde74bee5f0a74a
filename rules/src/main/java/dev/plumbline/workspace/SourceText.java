package dev.plumbline.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file's content read as UTF-8 with a leading byte-order mark dropped. Invalid bytes become
 * U+FFFD, and where the first one was is kept so it can be reported. A file above the size limit is
 * not read whole: only a prefix, enough to tell what kind of file it is.
 *
 * @param text the decoded text, or only its start when {@code truncated}
 * @param size the file's size in bytes
 * @param truncated true when the file was too large to read whole
 * @param firstBadChar the char offset in {@code text} of the first invalid byte's U+FFFD, or -1
 * @param firstBadByte the byte offset in the file of the first invalid byte, or -1
 */
public record SourceText(String text, long size, boolean truncated, int firstBadChar, long firstBadByte) {

    /** How much of a too-large file is read to tell its kind. */
    public static final int PREFIX_BYTES = 64 * 1024;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public boolean hasInvalidUtf8() {
        return firstBadChar >= 0;
    }

    /** @param maxBytes files larger than this are read as a prefix only */
    public static SourceText read(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            byte[] prefix;
            try (InputStream in = Files.newInputStream(file)) {
                prefix = in.readNBytes(PREFIX_BYTES);
            }
            return new SourceText(new String(prefix, bomLength(prefix), prefix.length - bomLength(prefix),
                    StandardCharsets.UTF_8), size, true, -1, -1);
        }
        return decode(Files.readAllBytes(file));
    }

    public static SourceText decode(byte[] bytes) {
        int start = bomLength(bytes);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // UTF-8 never yields more chars than it has bytes
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            out.flip();
            return new SourceText(out.toString(), bytes.length, false, -1, -1);
        }
        // the text before the first bad byte decodes the same either way, so the offsets hold
        String replaced = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        return new SourceText(replaced, bytes.length, false, out.position(), in.position());
    }

    private static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2] ? 3 : 0;
    }
}
