package org.credence.engine.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.credence.api.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import net.dankito.readability4j.Readability4J;

/**
 * Reads a saved news page: Readability4J (a port of Mozilla's Readability) finds the article's main text, dropping
 * navigation, comments and scripts; jsoup reads the title, outlet (og:site_name), date and canonical address from
 * the page's metadata. Paragraph breaks are kept, since sentence detection works paragraph by paragraph.
 */
public final class HtmlArticleReader implements ArticleReader {

    @Override
    public boolean accepts(Path file) {
        String name = FileNames.lowerName(file);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    @Override
    public void read(Path file, ArticleSink sink) throws IOException {
        String html = TextDecoder.decode(Files.readAllBytes(file));
        Document page = Jsoup.parse(html, file.toUri().toString());
        String url = attr(page, "link[rel=canonical]", "href");
        net.dankito.readability4j.Article parsed = new Readability4J(url.isEmpty() ? file.toUri().toString() : url, html)
                .parse();
        String body = parsed.getArticleContent() == null ? "" : paragraphs(parsed.getArticleContent());
        if (body.isBlank()) {
            body = page.body() == null ? "" : paragraphs(page.body());
        }
        if (body.isBlank()) {
            throw new UnreadableException("no readable text in the page");
        }
        String title = first(attr(page, "meta[property=og:title]", "content"), parsed.getTitle(), page.title());
        String outlet = first(attr(page, "meta[property=og:site_name]", "content"),
                attr(page, "meta[name=publisher]", "content"));
        String date = first(attr(page, "meta[property=article:published_time]", "content"),
                attr(page, "time[datetime]", "datetime"), attr(page, "meta[name=date]", "content"));
        if (!title.isEmpty() && body.startsWith(title + "\n\n")) {
            body = body.substring(title.length() + 2);   // the page's own h1 repeats the headline
        }
        sink.article(new Article(FileNames.stem(file), title, outlet, date, url, body, file.toString()));
    }

    /** The text of block elements, one paragraph each; scripts and styles never reach here. */
    private static String paragraphs(Element root) {
        root.select("script, style, noscript, nav, footer, aside, form").remove();
        List<String> out = new ArrayList<>();
        for (Element e : root.select("p, h1, h2, h3, h4, li, blockquote")) {
            String t = e.ownText().isBlank() && e.children().isEmpty() ? "" : e.text().strip();
            if (!t.isEmpty() && (out.isEmpty() || !out.get(out.size() - 1).contains(t))) {
                out.add(t);
            }
        }
        if (out.isEmpty()) {
            String t = root.text().strip();
            return t;
        }
        return String.join("\n\n", out);
    }

    private static String attr(Document page, String css, String attribute) {
        Element e = page.selectFirst(css);
        return e == null ? "" : e.attr(attribute).strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
