package org.newsgraph.clean;

import java.util.Locale;
import java.util.Set;

/**
 * Is this Latin-script text English, another language, or an English table or wire brief? English prose is
 * 35-50% function words; French, Spanish, German, Italian, Portuguese, Dutch, Turkish or Indonesian prose is
 * as full of its own. An earnings table or an all-caps brief ("UNION CAMP CORP <UCC> 3RD QTR Shr 77 cts vs
 * 50 cts") has few function words of any language but is full of figures, capitals and vowelless
 * abbreviations: it is English for CoreNLP's purposes, and its names are worth annotating. Cheap, model-free.
 */
public final class EnglishCheck {
  /** What the text is. */
  public enum Verdict { ENGLISH, BRIEF, OTHER }

  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be", "by",
      "on", "not", "he", "she", "they", "this", "are", "or", "his", "her", "from", "at", "which", "but",
      "have", "has", "had", "an", "were", "their", "been", "its", "who", "said", "will", "would", "we",
      "there", "after", "also", "than", "into", "more", "about", "over", "against");
  /** The commonest function words of other Latin-script languages, none of them an English word. */
  private static final Set<String> OTHER_FUNCTION_WORDS = Set.of(
      "le", "la", "les", "des", "du", "et", "est", "une", "que", "qui", "dans", "pour", "pas", "sur", "avec",
      "il", "elle", "ce", "ne", "el", "los", "las", "del", "y", "en", "una", "por", "con", "para", "es", "lo",
      "al", "como", "más", "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit",
      "sich", "auf", "für", "im", "dem", "di", "che", "è", "per", "non", "della", "gli", "o", "os", "da", "em",
      "um", "não", "het", "een", "van", "dat", "op", "te", "zijn", "ve", "bir", "bu", "için", "ile", "yang",
      "dan", "ini", "itu", "dengan", "untuk", "dari", "tidak");
  /** Below this share of function words (measured over at least {@link #MIN_WORDS}) the text is not prose. */
  static final double MIN_SHARE = 0.12;
  /** Another language's function words at this share make the text that language. */
  static final double OTHER_SHARE = 0.10;
  /** Tokens that are figures, capitals or abbreviations at this share make a table or brief. */
  static final double FIGURE_SHARE = 0.35;
  static final int MIN_WORDS = 12;

  private EnglishCheck() {}

  public static boolean isEnglish(String text) {
    return classify(text) != Verdict.OTHER;
  }

  public static Verdict classify(String text) {
    int words = 0;
    int english = 0;
    int other = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      if (FUNCTION_WORDS.contains(w)) {
        english++;
      } else if (OTHER_FUNCTION_WORDS.contains(w)) {
        other++;
      }
    }
    if (words < MIN_WORDS) {
      // Too short to judge by share: a headline-only text passes; CoreNLP handles names fine.
      return Verdict.ENGLISH;
    }
    if (other >= OTHER_SHARE * words && other > english) {
      return Verdict.OTHER;
    }
    if (english >= MIN_SHARE * words) {
      return Verdict.ENGLISH;
    }
    return figureShare(text) >= FIGURE_SHARE ? Verdict.BRIEF : Verdict.OTHER;
  }

  /** Share of whitespace tokens with a digit, in capitals, or without a vowel ("Shr", "cts", "mln"). */
  static double figureShare(String text) {
    int tokens = 0;
    int figures = 0;
    for (String t : text.split("\\s+")) {
      String letters = t.replaceAll("[^\\p{L}\\p{N}]", "");
      if (letters.isEmpty()) {
        continue;
      }
      tokens++;
      boolean digit = letters.chars().anyMatch(Character::isDigit);
      boolean caps = letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT));
      boolean vowelless = !letters.toLowerCase(Locale.ROOT).matches(".*[aeiouy].*");
      if (digit || caps || vowelless) {
        figures++;
      }
    }
    return tokens == 0 ? 0 : (double) figures / tokens;
  }
}
