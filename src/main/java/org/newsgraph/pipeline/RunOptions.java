package org.newsgraph.pipeline;

import java.time.Duration;

import org.newsgraph.copies.StorySettings;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.nlp.NlpSettings;

/**
 * What one run does, independent of how it was launched.
 *
 * @param read          where and how to read the articles
 * @param output        folder that receives one sub-folder per table
 * @param nlp           CoreNLP configuration and kept mention types
 * @param maxChars      cleaned-text length over which an article is not annotated (status too_long)
 * @param timeout       per-article CoreNLP time limit (status timeout)
 * @param partitions    annotation partitions; 0 picks from the article count and cluster size
 * @param progressEvery how often progress is logged
 * @param reprocess     annotate every article again instead of only those not annotated by earlier runs
 * @param nationalityPairs whether nationality adjectives take part in the pair tables and quote edges
 * @param boilerplateMinArticles in how many differently titled articles of one outlet a passage must recur to
 *                      be removed as boilerplate; 0 turns the archive-wide pass off
 * @param npmiUnits     what the co-occurrence NPMI counts: stories or articles
 * @param stories       when two articles are copies of one story
 */
public record RunOptions(ArticleReader.Spec read, String output, NlpSettings nlp, int maxChars,
                         Duration timeout, int partitions, Duration progressEvery, boolean reprocess,
                         boolean nationalityPairs, int boilerplateMinArticles, GraphSettings.NpmiUnits npmiUnits,
                         StorySettings stories) {
  /** Recurring in five different articles: a quotation two or three articles share stays. */
  public static final int BOILERPLATE_MIN_ARTICLES_DEFAULT = 5;
  /** About 15,000 words: longer texts are rarely one article (a whole page of listings, a book). */
  public static final int MAX_CHARS_DEFAULT = 100_000;
  public static final Duration TIMEOUT_DEFAULT = Duration.ofSeconds(120);
  public static final Duration PROGRESS_DEFAULT = Duration.ofSeconds(10);

  /** The same run with another per-article time limit (tests take one shorter than the option's second). */
  public RunOptions withTimeout(Duration limit) {
    return new RunOptions(read, output, nlp, maxChars, limit, partitions, progressEvery, reprocess, nationalityPairs,
        boilerplateMinArticles, npmiUnits, stories);
  }
}
