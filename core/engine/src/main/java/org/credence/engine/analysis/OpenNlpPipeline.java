package org.credence.engine.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.credence.api.Sentence;
import org.credence.api.Span;
import org.credence.api.Token;

/**
 * Sentences, tokens and Universal Dependencies part-of-speech tags from the Apache OpenNLP English models
 * (opennlp-models-*-en 1.3.0, trained on Universal Dependencies EWT), loaded once from the classpath.
 *
 * <p>Paragraphs (text separated by line breaks) are split apart before sentence detection: news pages put
 * captions, datelines and sub-headings on lines of their own without final punctuation.
 */
public final class OpenNlpPipeline implements LanguagePipeline {

    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadSafeSentenceDetectorME sentenceDetector;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;

    /** Loads the three English models; takes about a second. */
    public OpenNlpPipeline() {
        try {
            sentenceDetector = new ThreadSafeSentenceDetectorME(new SentenceModel(open(SENTENCE_MODEL)));
            tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(open(TOKEN_MODEL)));
            tagger = new ThreadSafePOSTaggerME(new POSModel(open(POS_MODEL)), POSTagFormat.UD);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models", e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = OpenNlpPipeline.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " is not on the classpath (opennlp-models-*-en 1.3.0)");
        }
        return in;
    }

    @Override
    public List<Sentence> sentences(String text, Span headline) {
        List<Sentence> out = new ArrayList<>();
        if (!headline.isEmpty()) {
            addSentence(text, trim(text, headline), true, out);
        }
        int from = headline.isEmpty() ? 0 : headline.end();
        for (Span paragraph : paragraphs(text, from)) {
            String para = paragraph.in(text);
            for (opennlp.tools.util.Span s : sentenceDetector.sentPosDetect(para)) {
                Span span = trim(text, new Span(paragraph.start() + s.getStart(), paragraph.start() + s.getEnd()));
                if (!span.isEmpty()) {
                    addSentence(text, span, false, out);
                }
            }
        }
        return out;
    }

    /** Tokenizes only, for throughput baselines and callers that need no tags. */
    public int countTokens(String text) {
        int n = 0;
        for (Span paragraph : paragraphs(text, 0)) {
            String para = paragraph.in(text);
            for (opennlp.tools.util.Span s : sentenceDetector.sentPosDetect(para)) {
                n += tokenizer.tokenizePos(para.substring(s.getStart(), s.getEnd())).length;
            }
        }
        return n;
    }

    private void addSentence(String text, Span span, boolean isHeadline, List<Sentence> out) {
        String sentence = span.in(text);
        opennlp.tools.util.Span[] pos = tokenizer.tokenizePos(sentence);
        String[] words = new String[pos.length];
        for (int i = 0; i < pos.length; i++) {
            words[i] = sentence.substring(pos[i].getStart(), pos[i].getEnd());
        }
        String[] tags = tagger.tag(words);
        List<Token> tokens = new ArrayList<>(pos.length);
        for (int i = 0; i < pos.length; i++) {
            tokens.add(new Token(new Span(span.start() + pos[i].getStart(), span.start() + pos[i].getEnd()),
                    tags[i].intern()));
        }
        out.add(new Sentence(out.size(), span, tokens, isHeadline));
    }

    /** Lines of text from {@code from} on, each trimmed, blank ones dropped. */
    static List<Span> paragraphs(String text, int from) {
        List<Span> out = new ArrayList<>();
        int start = from;
        int n = text.length();
        for (int i = from; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                Span p = trim(text, new Span(start, i));
                if (!p.isEmpty()) {
                    out.add(p);
                }
                start = i + 1;
            }
        }
        return out;
    }

    static Span trim(String text, Span span) {
        int s = span.start();
        int e = span.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }
}
