package org.credence.engine.model;

/**
 * A 64-bit FNV-1a hash of a feature name, so a model can be looked up without building a {@code String} for every
 * word of every sentence. At 64 bits two of a model's few ten thousand names collide with a chance of about one in
 * 10^10; {@link LinearModel} refuses a model whose names do.
 */
public final class FeatureHash {

    static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    /** @return the hash of the whole name */
    public static long of(CharSequence name) {
        long h = OFFSET;
        for (int i = 0; i < name.length(); i++) {
            h = step(h, name.charAt(i));
        }
        return h;
    }

    /** @return the hash so far, extended by one character */
    static long step(long h, char c) {
        h ^= c & 0xff;
        h *= PRIME;
        h ^= c >>> 8;
        h *= PRIME;
        return h;
    }
}
