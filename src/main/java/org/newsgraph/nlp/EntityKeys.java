package org.newsgraph.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keys that make surface forms of one entity equal across articles. {@link #normalise} removes what
 * never distinguishes entities (case, diacritics, punctuation, a leading "the", possessives);
 * {@link #fold} also removes transliteration variation (Sergey/Sergei, Raqqa/Raqqah, al-Assad/Assad).
 * Folding keeps every word, so two people who share a surname keep distinct keys.
 */
public final class EntityKeys {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** Arabic articles written as separate or hyphenated words: al-Assad, el-Sisi. */
  private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "as", "ash", "ar", "an", "at");

  /**
   * English head nouns of group names and the Arabic ones that open the same names: "Nusra Front" is
   * "Jabhat al-Nusra", "Hazm Movement" "Harakat Hazm". Both forms key with the Arabic head first, so the bare
   * "Nusra" still ends its full name as a short name should. Not "army": English renders "Jaish" both ways
   * ("Army of Islam", "Mahdi Army").
   */
  private static final java.util.Map<String, String> ARABIC_HEAD = java.util.Map.of("front", "jabhat",
      "movement", "harakat");
  private static final java.util.Map<String, String> ENGLISH_HEAD = java.util.Map.of("jabhat", "front", "jabha", "front",
      "harakat", "movement", "haraka", "movement");

  private EntityKeys() {}

  public static String normalise(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    s = POSSESSIVE.matcher(s).replaceAll("");
    // "U.S." -> "us", but "al-Qaeda" -> "al qaeda": dots inside abbreviations join, other marks split.
    s = s.replaceAll("(?<=\\p{L})\\.(?=\\p{L})", "").replace(".", "");
    s = NON_WORD.matcher(s).replaceAll(" ").strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }

  public static String fold(String name) {
    List<String> out = new ArrayList<>();
    String[] words = normalise(name).split(" ");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty() || (PARTICLES.contains(w) && i + 1 < words.length)) {
        continue;
      }
      out.add(foldWord(w));
    }
    if (out.size() > 1 && ARABIC_HEAD.containsKey(out.get(out.size() - 1))) {
      out.add(0, ARABIC_HEAD.get(out.remove(out.size() - 1)));
    } else if (out.size() > 1 && ENGLISH_HEAD.containsKey(out.get(0))) {
      out.set(0, ARABIC_HEAD.get(ENGLISH_HEAD.get(out.get(0))));
    }
    return String.join(" ", out);
  }

  static String foldWord(String w) {
    String s = w.replace("kh", "h").replace("ph", "f").replace("dj", "j").replace("ou", "u").replace("ee", "i")
        .replace('y', 'i').replace('q', 'k').replace("ck", "k");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
        b.append(s.charAt(i));
      }
    }
    String r = b.toString();
    // A final "h" after a vowel is a transliteration of ta marbuta (Raqqah, Latakiah).
    if (r.length() > 3 && r.endsWith("h") && "aeiou".indexOf(r.charAt(r.length() - 2)) >= 0) {
      r = r.substring(0, r.length() - 1);
    }
    return r;
  }
}
