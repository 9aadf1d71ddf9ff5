package org.credence.engine.corpus.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.credence.engine.lexicon.Lexicon;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Which words can say what event an article tells: not English function words (Lucene's Snowball English stop
 * list), not the {@code GENERIC} words of news writing, and, among capitalised words, not the {@code NOT_NAMES}
 * (months, days, titles) of the {@value #LEXICON} lexicon. Thread-safe.
 *
 * <p>What it knows of a word (stem, and which lists hold it) is kept in a bounded cache: stemming every token of
 * every article anew cost as much as the near-duplicate signature, and news has a vocabulary of a few hundred
 * thousand forms. The cache only saves work; a word looked up before or after it fills gets the same answer.
 */
public final class StoryWords {

    /** The lexicon's name. */
    public static final String LEXICON = "story-words";
    private static final String STOP_LIST = "/org/apache/lucene/analysis/snowball/english_stop.txt";

    /** Forms kept in the cache at most: about 10 MB. */
    private static final int CACHE = 100_000;

    /**
     * What the lists say of one lower-case word form.
     *
     * @param stem    its Porter2 stem
     * @param stop    a function word
     * @param generic a word of news writing in general (by its stem)
     * @param notName capitalised, still not a name (a month, a title, or a function word)
     */
    public record Word(String stem, boolean stop, boolean generic, boolean notName) {
    }

    private final Set<String> stopWords;
    private final Set<String> genericStems;
    private final Set<String> notNames;
    private final Map<String, Word> cache = new ConcurrentHashMap<>();

    public StoryWords(Lexicon lexicon) {
        this.stopWords = snowballStopWords();
        Set<String> generic = new HashSet<>();
        EnglishStemmer stemmer = new EnglishStemmer();
        for (String w : lexicon.group("GENERIC")) {
            generic.add(stem(stemmer, w));
        }
        this.genericStems = Set.copyOf(generic);
        this.notNames = Set.copyOf(lexicon.group("NOT_NAMES"));
    }

    /** @return what the lists say of a lower-case word form */
    public Word word(String lowerCase) {
        Word w = cache.get(lowerCase);
        if (w == null) {
            String stem = stem(new EnglishStemmer(), lowerCase);
            w = new Word(stem, stopWords.contains(lowerCase), genericStems.contains(stem), isNotAName(lowerCase));
            if (cache.size() < CACHE) {
                cache.put(lowerCase, w);
            }
        }
        return w;
    }

    /** @return true for a function word ("the", "which", "would") */
    boolean isStopWord(String lowerCase) {
        return stopWords.contains(lowerCase);
    }

    /** @return true for a stem of a word of news writing in general ("said", "officials") */
    boolean isGenericStem(String stem) {
        return genericStems.contains(stem);
    }

    /** @return true for a capitalised word that names nobody ("Monday", "President", "Mr") */
    boolean isNotAName(String lowerCase) {
        return notNames.contains(lowerCase) || stopWords.contains(lowerCase);
    }

    /** The Porter2 (Snowball English) stem: "recruiting" and "recruited" both give "recruit". */
    public static String stem(EnglishStemmer stemmer, String lowerCase) {
        stemmer.setCurrent(lowerCase);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static Set<String> snowballStopWords() {
        try (InputStream in = StoryWords.class.getResourceAsStream(STOP_LIST)) {
            if (in == null) {
                throw new IllegalStateException("Lucene's English stop list " + STOP_LIST + " is not on the classpath");
            }
            CharArraySet words = WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> out = new HashSet<>();
            for (Object w : words) {
                out.add((w instanceof char[] chars ? new String(chars) : w.toString()).toLowerCase(Locale.ROOT));
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lucene's English stop list", e);
        }
    }
}
