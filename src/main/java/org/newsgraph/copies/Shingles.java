package org.newsgraph.copies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An article's body as a set of hashed word 5-shingles, the unit copies are compared in. Words are runs
 * of letters and digits, lower-cased, with apostrophes dropped first, so "Syria's" and the
 * apostrophe-stripped "Syrias" of some scrapes are one word and punctuation or line breaks never tell
 * two copies apart. The headline (the first paragraph of {@code documents.text}) is left out: outlets
 * retitle the wire copy they republish.
 */
public final class Shingles {
  /** Words per shingle: long enough that stock phrases ("the Syrian Observatory for Human") rarely decide. */
  public static final int WORDS = 5;

  private Shingles() {}

  /** Sorted distinct 64-bit hashes of the body's shingles; a body shorter than one shingle is one shingle. */
  public static long[] of(String text) {
    List<String> words = words(body(text));
    if (words.isEmpty()) {
      return new long[0];
    }
    int n = Math.max(1, words.size() - WORDS + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0xcbf29ce484222325L;
      for (int j = i; j < Math.min(words.size(), i + WORDS); j++) {
        h = fnv(h, words.get(j));
        h = (h ^ ' ') * 0x100000001b3L;
      }
      out[i] = mix(h);
    }
    Arrays.sort(out);
    return distinct(out);
  }

  /** |a ∩ b| / |a ∪ b| of two sorted distinct arrays; 0 when both are empty. */
  public static double jaccard(long[] a, long[] b) {
    int shared = shared(a, b);
    int union = a.length + b.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  /** |a ∩ b| / min(|a|, |b|): how much of the shorter text the longer one holds (a trimmed copy scores 1). */
  public static double containment(long[] a, long[] b) {
    int smaller = Math.min(a.length, b.length);
    return smaller == 0 ? 0 : (double) shared(a, b) / smaller;
  }

  static int shared(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  /** The text after its first paragraph, when there is more than one. */
  static String body(String text) {
    if (text == null) {
      return "";
    }
    int cut = text.indexOf("\n\n");
    return cut >= 0 && !text.substring(cut).isBlank() ? text.substring(cut + 2) : text;
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        w.append(Character.toLowerCase(c));
      } else if ((c == '\'' || c == '\u2019') && w.length() > 0) {
        continue;
      } else if (w.length() > 0) {
        words.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      words.add(w.toString());
    }
    return words;
  }

  /** 64-bit FNV-1a of a string (spread further with {@link #mix} before use as a set member). */
  static long hash(String s) {
    return fnv(0xcbf29ce484222325L, s);
  }

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64's finaliser: spreads FNV's weak low bits over the whole word. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] distinct(long[] sorted) {
    int k = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[k++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, k);
  }
}
