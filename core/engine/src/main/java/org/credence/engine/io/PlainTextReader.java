package org.credence.engine.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.credence.api.Article;

/**
 * Reads a .txt article. The first line is the title when a blank line follows it, it is at most 200 characters
 * long and it does not end like a sentence (a full stop); otherwise the whole file is body.
 */
public final class PlainTextReader implements ArticleReader {

    static final int MAX_TITLE = 200;

    @Override
    public boolean accepts(Path file) {
        return FileNames.lowerName(file).endsWith(".txt");
    }

    @Override
    public void read(Path file, ArticleSink sink) throws IOException {
        String text = TextDecoder.decode(Files.readAllBytes(file)).replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new UnreadableException("no readable text (only white space)");
        }
        String stripped = text.strip();
        String[] lines = stripped.split("\n", 3);
        String title = "";
        String body = stripped;
        if (lines.length == 3 && lines[1].isBlank() && !lines[2].isBlank()) {
            String first = lines[0].strip();
            if (first.length() <= MAX_TITLE && !first.endsWith(".")) {
                title = first;
                body = lines[2].strip();
            }
        }
        sink.article(new Article(FileNames.stem(file), title, "", "", "", body, file.toString()));
    }
}
