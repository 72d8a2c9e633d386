package org.newsgraph.pipeline;

import java.util.List;

import org.newsgraph.nlp.MentionSpan;
import org.newsgraph.nlp.QuoteSpan;

/**
 * One article after annotation: a documents row and the rows it contributes elsewhere.
 *
 * @param kind article or brief when the text went to annotation, else null
 */
public record ProcessedArticle(CleanArticle clean, String language, String kind, int tokens, int sentences,
                               String status, String error, long millis, List<MentionSpan> mentions,
                               List<QuoteSpan> quotes) {
  public ProcessedArticle {
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
  }

  /** The text every offset points into; null when the article has none. */
  public String text() {
    return clean.text();
  }
}
