package org.newsgraph.copies;

import java.io.Serializable;

/**
 * When two quotes by one speaker report the same statement.
 *
 * @param minPhraseContainment direct and mixed quotes: share of the shorter quote's word 3-shingles found in
 *                             the longer (a trimmed or spliced quotation scores 1)
 * @param minPhrases           ... and the shorter has at least this many 3-shingles, so that a quoted word or
 *                             two ("terrorists") never makes two statements one
 * @param minWordJaccard       indirect speech: Jaccard similarity of the content words
 * @param minWords             ... each quote has at least this many content words
 * @param maxDays              ... and the two were published at most this many days apart
 * @param rootMin              least similarity to the statement's earliest quote for a member to stay
 */
public record StatementSettings(double minPhraseContainment, int minPhrases, double minWordJaccard, int minWords,
                                int maxDays, double rootMin) implements Serializable {
  public static final StatementSettings DEFAULT = new StatementSettings(0.7, 3, 0.5, 4, 3, 0.3);
}
