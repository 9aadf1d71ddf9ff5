package org.credence.engine.corpus.story;

/**
 * 32-bit hashes of a summary's features. A kind letter goes first, so that a name never equals a term or a figure.
 * FNV-1a over the characters, then MurmurHash3's finaliser, so short words spread over the whole range: two of the
 * half million distinct features of a large corpus collide about once in ten thousand pairs, too rarely to matter.
 */
final class FeatureHash {

    static final char NAME = 'n';
    static final char TERM = 't';
    static final char FIGURE = 'f';
    static final char SHINGLE = 's';

    private FeatureHash() {
    }

    static int of(char kind, CharSequence text) {
        long h = 0xcbf29ce484222325L;
        h = (h ^ kind) * 0x100000001b3L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return fold(h);
    }

    /** A hash of two hashes in order, for pairs of names and runs of words. */
    static int of(char kind, int first, int second) {
        long h = 0xcbf29ce484222325L;
        h = (h ^ kind) * 0x100000001b3L;
        h = (h ^ first) * 0x100000001b3L;
        h = (h ^ second) * 0x100000001b3L;
        return fold(h);
    }

    static int of(char kind, int first, int second, int third) {
        return of(kind, of(kind, first, second), third);
    }

    private static int fold(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) (h ^ (h >>> 32));
    }
}
