package org.newsgraph.pipeline;

import java.util.List;

import org.newsgraph.clean.EnglishCheck;
import org.newsgraph.nlp.ArticleAnalysis;
import org.newsgraph.nlp.ArticleAnnotator;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.nlp.TimeLimit;
import org.newsgraph.tables.DocStatus;

/**
 * Check and annotate one cleaned article, turning every failure into a status so that one article can never
 * fail the job. Plain Java; the Spark stage only converts rows around it.
 */
public final class ArticleProcessor {
  /** documents.kind of running prose. */
  public static final String ARTICLE = "article";
  /** documents.kind of an English table or wire brief (figures, capitals, abbreviations): annotated too. */
  public static final String BRIEF = "brief";

  private final ArticleAnnotator annotator;
  private final int maxChars;
  private final long timeoutMillis;

  public ArticleProcessor(NlpSettings settings, int maxChars, long timeoutMillis) {
    this.annotator = new ArticleAnnotator(settings);
    this.maxChars = maxChars;
    this.timeoutMillis = timeoutMillis;
  }

  /** Cleans (without the archive-wide pass, which needs the whole input) and annotates: for single articles. */
  public ProcessedArticle process(RawArticle raw) {
    return process(ArticleCleaner.clean(raw));
  }

  public ProcessedArticle process(CleanArticle c) {
    long start = System.nanoTime();
    if (c.status() != null) {
      return result(c, null, null, c.status(), c.detail(), start);
    }
    String text = c.text();
    if (text == null || text.isBlank()) {
      boolean foreign = c.nonLatinLines() > 0;
      return result(c, foreign ? "other" : null, null, foreign ? DocStatus.NOT_ENGLISH : DocStatus.EMPTY,
          foreign ? "only non-Latin-script text" : c.boilerplateChars() > 0
              ? "no text left after removing the outlet's recurring boilerplate"
              : "no text after removing whitespace and boilerplate", start);
    }
    EnglishCheck.Verdict verdict = EnglishCheck.classify(text);
    if (verdict == EnglishCheck.Verdict.OTHER) {
      return result(c, "other", null, DocStatus.NOT_ENGLISH,
          "too few English function words (and not a table or brief of figures)", start);
    }
    if (text.length() > maxChars) {
      return result(c, "en", null, DocStatus.TOO_LONG,
          text.length() + " characters after cleaning; limit is " + maxChars + " (--max-chars)", start);
    }
    String kind = verdict == EnglishCheck.Verdict.BRIEF ? BRIEF : ARTICLE;
    try {
      ArticleAnalysis a = TimeLimit.call(() -> annotator.analyse(text), timeoutMillis);
      return new ProcessedArticle(c, "en", kind, a.tokens(), a.sentences(), DocStatus.OK, c.detail(),
          millis(start), a.mentions(), a.quotes());
    } catch (TimeLimit.Expired e) {
      return result(c, "en", kind, DocStatus.TIMEOUT, "CoreNLP " + e.getMessage() + " (--timeout-seconds)", start);
    } catch (Exception e) {
      return result(c, "en", kind, DocStatus.FAILED, describe(e), start);
    }
  }

  private static ProcessedArticle result(CleanArticle c, String language, String kind, String status,
                                         String error, long start) {
    return new ProcessedArticle(c, language, kind, 0, 0, status, error, millis(start), List.of(), List.of());
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  static String describe(Throwable e) {
    String msg = e.getMessage();
    return e.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
  }
}
