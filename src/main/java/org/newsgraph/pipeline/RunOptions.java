package org.newsgraph.pipeline;

import java.time.Duration;

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
 */
public record RunOptions(ArticleReader.Spec read, String output, NlpSettings nlp, int maxChars,
                         Duration timeout, int partitions, Duration progressEvery, boolean reprocess,
                         boolean nationalityPairs) {}
