package org.newsgraph.pipeline;

import java.util.List;

import org.newsgraph.nlp.MentionSpan;
import org.newsgraph.nlp.QuoteSpan;

/** One article after cleaning and annotation: a documents row and the rows it contributes elsewhere. */
public record ProcessedArticle(RawArticle raw, String text, String title, String outlet, String date,
                               String language, int tokens, int sentences, String status, String error,
                               long millis, List<MentionSpan> mentions,
                               List<QuoteSpan> quotes) {
  public ProcessedArticle {
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
  }
}
