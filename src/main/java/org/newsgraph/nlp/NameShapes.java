package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * String shapes of folded entity keys ({@link EntityKeys#fold}) that the archive-level merges compare:
 * consonant skeletons for transliteration variants, initials for acronyms, the base of an
 * apostrophe-stripped possessive. Pure functions on strings; the rules that use them, with their guards,
 * are in {@code graph.ArchiveMerges}.
 */
public final class NameShapes {
  /** Words an acronym skips: "Syrian Observatory for Human Rights" is SOHR. */
  private static final Set<String> SMALL_WORDS = Set.of("of", "for", "the", "and", "in", "on", "de", "du", "des",
      "del", "la", "le", "to");

  private NameShapes() {}

  /**
   * The consonants of a folded key with its word breaks removed: the first letter stays whatever it is,
   * later vowels go, so "deir ezor", "deir zor" and "deir ezur" (Deir Ezzor, Deir ez-Zor, Deir Ezour) are all
   * "drzr", "hizbala" and "hezbola" are "hzbl", while "iran" ("irn") and "irak" ("irk") differ.
   */
  public static String skeleton(String foldedKey) {
    String joined = foldedKey.replace(" ", "");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < joined.length(); i++) {
      char c = joined.charAt(i);
      if (i > 0 && "aeiouw".indexOf(c) >= 0) {
        continue;
      }
      if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * {@link #skeleton} word by word, each word keeping its first letter, so letters never merge across a
   * word break: "fri sirian armi" (Free Syrian Army) is "frsrnarm" and "fri siria armi" is "frsrarm", one
   * letter apart, where the joined skeletons differ by two.
   */
  public static String wordSkeleton(String foldedKey) {
    StringBuilder b = new StringBuilder();
    for (String w : foldedKey.split(" ")) {
      b.append(skeleton(w));
    }
    return b.toString();
  }

  /** The string itself and every string one character shorter: two strings within one edit share one of these. */
  public static List<String> deletions(String s) {
    Set<String> out = new LinkedHashSet<>();
    out.add(s);
    for (int i = 0; i < s.length(); i++) {
      out.add(s.substring(0, i) + s.substring(i + 1));
    }
    return new ArrayList<>(out);
  }

  /** Whether a and b differ by at most one inserted, deleted or substituted character. */
  public static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    int edits = 0;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (++edits > 1) {
        return false;
      }
      if (a.length() > b.length()) {
        i++;
      } else if (b.length() > a.length()) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    return edits + (a.length() - i) + (b.length() - j) <= 1;
  }

  /** Initials of a folded multi-word key, small words skipped: "free syrian army" -> "fsa"; "" for one word. */
  public static String initials(String foldedKey) {
    String[] words = foldedKey.split(" ");
    if (words.length < 2) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (!w.isEmpty() && !SMALL_WORDS.contains(w)) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  /** Whether a mention as written looks like an acronym: 2-6 capitals, optionally dotted ("FSA", "U.N."). */
  public static boolean isAcronym(String written) {
    if (written == null) {
      return false;
    }
    String s = written.replace(".", "");
    if (s.length() < 2 || s.length() > 6) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isUpperCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The key without a possessive "s" that lost its apostrophe ("syrias" -> "syria", "bashar assads" ->
   * "bashar assad"), or null when the last word does not end in "s" or would become too short. Whether the
   * base is really meant is for the archive to show (the base must be far more frequent, with the same type).
   */
  public static String possessiveBase(String foldedKey) {
    int last = foldedKey.lastIndexOf(' ') + 1;
    if (!foldedKey.endsWith("s") || foldedKey.length() - last < 4 || foldedKey.endsWith("ss")) {
      return null;
    }
    return foldedKey.substring(0, foldedKey.length() - 1);
  }

  /** Levenshtein distance (for short names only: quadratic in their length). */
  public static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * An acronym's letters as {@link #initials} spells them from folded words: lower case, dots gone, and the
   * two word-initial letters that folding changes (y -> i, q -> k) changed alike; null if not an acronym.
   */
  public static String acronymLetters(String written) {
    if (!isAcronym(written)) {
      return null;
    }
    return written.replace(".", "").toLowerCase(java.util.Locale.ROOT).replace('y', 'i').replace('q', 'k');
  }

  /**
   * The last word of an organisation key's head, before its first "of"/"for" qualifier:
   * "syrian observatory for human rights" -> "observatory"; null without a qualifier.
   */
  public static String headWord(String foldedKey) {
    String[] w = foldedKey.split(" ");
    for (int i = 1; i < w.length; i++) {
      if (w[i].equals("of") || w[i].equals("for")) {
        return w[i - 1];
      }
    }
    return null;
  }
}
