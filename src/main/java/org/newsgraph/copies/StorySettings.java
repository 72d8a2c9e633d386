package org.newsgraph.copies;

import java.io.Serializable;

/**
 * When two articles are copies of one story.
 *
 * @param minJaccard     word-shingle Jaccard similarity at or above which two articles are one story
 * @param minContainment a trimmed copy: the shorter article's shingles found in the longer at or above this
 *                       share also make one story, when the shorter holds at least {@code minShare} of
 *                       the longer's shingles (so one quoted paragraph does not make a follow-up a copy)
 * @param minShare       see {@code minContainment}
 * @param rootMin        least Jaccard similarity to the story's earliest article for a member to stay
 */
public record StorySettings(double minJaccard, double minContainment, double minShare, double rootMin)
    implements Serializable {
  public static final double MIN_JACCARD_DEFAULT = 0.4;
  public static final double MIN_CONTAINMENT_DEFAULT = 0.7;
  public static final double MIN_SHARE_DEFAULT = 0.3;
  public static final double ROOT_MIN_DEFAULT = 0.2;
  public static final StorySettings DEFAULT = new StorySettings(MIN_JACCARD_DEFAULT, MIN_CONTAINMENT_DEFAULT,
      MIN_SHARE_DEFAULT, ROOT_MIN_DEFAULT);

  /** Whether a pair with these similarities, of texts with these shingle counts, is one story. */
  public boolean confirms(double jaccard, double containment, int shinglesA, int shinglesB) {
    if (jaccard >= minJaccard) {
      return true;
    }
    int small = Math.min(shinglesA, shinglesB);
    int large = Math.max(shinglesA, shinglesB);
    return containment >= minContainment && large > 0 && small >= minShare * large;
  }
}
