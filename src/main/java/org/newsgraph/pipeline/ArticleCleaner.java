package org.newsgraph.pipeline;

import java.net.URI;

import org.newsgraph.clean.CleanedText;
import org.newsgraph.clean.TextCleaner;
import org.newsgraph.tables.DocStatus;

/**
 * Cleans one raw article, turning a failure into a status. Input columns (title, outlet, date) win over what
 * cleaning finds in the text; a web page that names no outlet gets its URL's host. Plain Java.
 */
public final class ArticleCleaner {
  private ArticleCleaner() {}

  public static CleanArticle clean(RawArticle raw) {
    if (raw.readStatus() != null) {
      return of(raw, null, raw.title(), raw.outlet(), raw.date(), 0, raw.readStatus(), raw.readDetail());
    }
    CleanedText clean;
    try {
      clean = TextCleaner.clean(raw.text());
    } catch (RuntimeException | StackOverflowError e) {
      return of(raw, null, raw.title(), raw.outlet(), raw.date(), 0, DocStatus.FAILED,
          "cleaning failed: " + ArticleProcessor.describe(e));
    }
    String title = given(raw.title()) ? raw.title().strip() : clean.title();
    String outlet = given(raw.outlet()) ? raw.outlet().strip()
        : clean.outlet() != null ? clean.outlet() : host(raw.source());
    String date = raw.date() != null ? raw.date() : clean.date();
    return of(raw, clean.text(), title, outlet, date, clean.nonLatinLines(), null, raw.readDetail());
  }

  private static CleanArticle of(RawArticle raw, String text, String title, String outlet, String date,
                                 int nonLatin, String status, String detail) {
    return new CleanArticle(raw.docId(), raw.source(), raw.encoding(), status, detail, text, title, outlet, date,
        nonLatin, 0, raw.warcFile(), raw.warcOffset(), raw.crawledAt());
  }

  private static boolean given(String s) {
    return s != null && !s.isBlank();
  }

  /** The host of a web page's URL without "www.", or null when the source is not a URL. */
  static String host(String source) {
    if (source == null || !(source.startsWith("http://") || source.startsWith("https://"))) {
      return null;
    }
    try {
      String h = URI.create(source.replace(" ", "%20")).getHost();
      return h == null ? null : h.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
