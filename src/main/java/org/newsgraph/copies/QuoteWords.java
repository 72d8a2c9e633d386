package org.newsgraph.copies;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What a quote is compared by: its content words (lower-cased, apostrophes dropped, function words out),
 * hashed as a set, and its word 3-shingles, hashed as a set. Content words find a statement reworded in
 * indirect speech ("he would not resign" / "he will not resign"); 3-shingles find a quotation trimmed or
 * spliced by another outlet, where most of the shorter one's phrases are in the longer.
 */
public final class QuoteWords {
  static final int PHRASE_WORDS = 3;
  private static final Set<String> FUNCTION = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on",
      "at", "for", "with", "by", "from", "as", "that", "this", "these", "those", "it", "its", "is", "are", "was",
      "were", "be", "been", "being", "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may",
      "might", "must", "do", "does", "did", "not", "no", "he", "she", "they", "we", "i", "you", "his", "her", "their",
      "our", "my", "your", "him", "them", "us", "me", "who", "which", "what", "there", "here", "than", "then", "so",
      "if", "into", "about", "also", "all", "any", "some", "said", "says");

  private QuoteWords() {}

  /** Sorted distinct hashes of the content words. */
  public static long[] contentWords(String text) {
    List<String> words = Shingles.words(text == null ? "" : text);
    return words.stream().filter(w -> !FUNCTION.contains(w)).mapToLong(w -> Shingles.mix(Shingles.hash(w)))
        .sorted().distinct().toArray();
  }

  /** Sorted distinct hashes of the word 3-shingles (a quote shorter than 3 words: none). */
  public static long[] phrases(String text) {
    List<String> words = Shingles.words(text == null ? "" : text);
    long[] out = new long[Math.max(0, words.size() - PHRASE_WORDS + 1)];
    for (int i = 0; i < out.length; i++) {
      out[i] = Shingles.mix(Shingles.hash(String.join(" ", words.subList(i, i + PHRASE_WORDS))));
    }
    Arrays.sort(out);
    return Arrays.stream(out).distinct().toArray();
  }
}
