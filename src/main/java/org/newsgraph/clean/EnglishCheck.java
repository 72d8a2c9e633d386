package org.newsgraph.clean;

import java.util.Locale;
import java.util.Set;

/**
 * Is this Latin-script text English? English prose is 35-50% function words; French, Spanish, German,
 * Turkish or Azerbaijani share almost none of these. Cheap, model-free, and enough to keep CoreNLP's
 * English models off text they would only mislabel.
 */
public final class EnglishCheck {
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be", "by",
      "on", "not", "he", "she", "they", "this", "are", "or", "his", "her", "from", "at", "which", "but",
      "have", "has", "had", "an", "were", "their", "been", "its", "who", "said", "will", "would", "we",
      "there", "after", "also", "than", "into", "more", "about", "over", "against");
  /** Below this share of function words (measured over at least {@link #MIN_WORDS}) the text is not English. */
  static final double MIN_SHARE = 0.12;
  static final int MIN_WORDS = 12;

  private EnglishCheck() {}

  public static boolean isEnglish(String text) {
    int words = 0;
    int function = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      if (FUNCTION_WORDS.contains(w)) {
        function++;
      }
    }
    if (words < MIN_WORDS) {
      // Too short to judge by share: a headline-only text passes if it has any English function word
      // or is all capitalised names, which CoreNLP handles fine.
      return true;
    }
    return (double) function / words >= MIN_SHARE;
  }
}
