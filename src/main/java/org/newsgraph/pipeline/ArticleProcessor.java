package org.newsgraph.pipeline;

import java.util.List;

import org.newsgraph.clean.CleanedText;
import org.newsgraph.clean.EnglishCheck;
import org.newsgraph.clean.TextCleaner;
import org.newsgraph.nlp.ArticleAnalysis;
import org.newsgraph.nlp.ArticleAnnotator;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.nlp.TimeLimit;
import org.newsgraph.tables.DocStatus;

/**
 * Clean, check and annotate one article, turning every failure into a status so that one article can
 * never fail the job. Plain Java; the Spark stage only converts rows around it.
 */
public final class ArticleProcessor {
  private final ArticleAnnotator annotator;
  private final int maxChars;
  private final long timeoutMillis;

  public ArticleProcessor(NlpSettings settings, int maxChars, long timeoutMillis) {
    this.annotator = new ArticleAnnotator(settings);
    this.maxChars = maxChars;
    this.timeoutMillis = timeoutMillis;
  }

  public ProcessedArticle process(RawArticle raw) {
    long start = System.nanoTime();
    if (raw.readStatus() != null) {
      return result(raw, null, raw.title(), raw.outlet(), raw.date(), null, null, raw.readStatus(),
          raw.readDetail(), start);
    }
    CleanedText clean;
    try {
      clean = TextCleaner.clean(raw.text());
    } catch (RuntimeException | StackOverflowError e) {
      return result(raw, null, raw.title(), raw.outlet(), raw.date(), null, null, DocStatus.FAILED,
          "cleaning failed: " + describe(e), start);
    }
    String title = raw.title() != null && !raw.title().isBlank() ? raw.title().strip() : clean.title();
    String outlet = raw.outlet() != null && !raw.outlet().isBlank() ? raw.outlet().strip() : clean.outlet();
    String date = raw.date() != null ? raw.date() : clean.date();
    String text = clean.text();
    if (text.isBlank()) {
      boolean foreign = clean.nonLatinLines() > 0;
      return result(raw, text, title, outlet, date, foreign ? "other" : null, null,
          foreign ? DocStatus.NOT_ENGLISH : DocStatus.EMPTY,
          foreign ? "only non-Latin-script text" : "no text after removing whitespace and boilerplate", start);
    }
    if (!EnglishCheck.isEnglish(text)) {
      return result(raw, text, title, outlet, date, "other", null, DocStatus.NOT_ENGLISH,
          "too few English function words", start);
    }
    if (text.length() > maxChars) {
      return result(raw, text, title, outlet, date, "en", null, DocStatus.TOO_LONG,
          text.length() + " characters after cleaning; limit is " + maxChars + " (--max-chars)", start);
    }
    try {
      ArticleAnalysis a = TimeLimit.call(() -> annotator.analyse(text), timeoutMillis);
      return result(raw, text, title, outlet, date, "en", a, DocStatus.OK, raw.readDetail(), start);
    } catch (TimeLimit.Expired e) {
      return result(raw, text, title, outlet, date, "en", null, DocStatus.TIMEOUT,
          "CoreNLP " + e.getMessage() + " (--timeout-seconds)", start);
    } catch (Exception e) {
      return result(raw, text, title, outlet, date, "en", null, DocStatus.FAILED, describe(e), start);
    }
  }

  private static ProcessedArticle result(RawArticle raw, String text, String title, String outlet,
                                         String date, String language, ArticleAnalysis a, String status,
                                         String error, long start) {
    long ms = (System.nanoTime() - start) / 1_000_000;
    return new ProcessedArticle(raw, text, title, outlet, date, language, a == null ? 0 : a.tokens(),
        a == null ? 0 : a.sentences(), status, error, ms, a == null ? List.of() : a.mentions(),
        a == null ? List.of() : a.quotes());
  }

  private static String describe(Throwable e) {
    String msg = e.getMessage();
    return e.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
  }
}
