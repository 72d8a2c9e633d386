package org.newsgraph.nlp;

import java.util.List;

/**
 * Everything newsgraph takes from one CoreNLP pass over an article; every output table is derived from it.
 *
 * @param tokens    tokens CoreNLP produced
 * @param sentences sentences CoreNLP produced
 * @param mentions  named-entity mentions, in text order
 * @param quotes    reported statements with their speakers, in text order
 */
public record ArticleAnalysis(int tokens, int sentences, List<MentionSpan> mentions, List<QuoteSpan> quotes) {
  public ArticleAnalysis {
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
  }
}
