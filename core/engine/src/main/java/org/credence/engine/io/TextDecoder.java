package org.credence.engine.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: UTF-8 when they are valid UTF-8 (a byte-order mark is dropped), otherwise
 * Windows-1252, the encoding of most text that is not UTF-8 in Western newsrooms. Binary data is refused.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** The text, or an {@link UnreadableException} saying why there is none. */
    public static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new UnreadableException("empty file");
        }
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new UnreadableException("binary file (not text)");
            }
            if (b < 0x09 || b > 0x0d && b < 0x20 && b != 0x1b) {
                control++;
            }
        }
        if (control > sample / 20) {
            throw new UnreadableException("binary file (not text)");
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer out = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        }
    }
}
