package org.newsgraph.eval;

import java.util.List;

/**
 * A character range [begin, end) in an article's text, in Java (UTF-16) offsets.
 *
 * @param begin first character
 * @param end   one past the last character
 */
public record TextSpan(int begin, int end) {
  public TextSpan {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  /** Characters of [b, e) inside this span. */
  public int intersection(int b, int e) {
    return Math.max(0, Math.min(end, e) - Math.max(begin, b));
  }

  /** Total length of a set of fragments (brat spans are disjoint, so no double counting). */
  public static int length(List<TextSpan> fragments) {
    return fragments.stream().mapToInt(TextSpan::length).sum();
  }

  /** Characters of [b, e) inside any of the fragments. */
  public static int intersection(List<TextSpan> fragments, int b, int e) {
    return fragments.stream().mapToInt(f -> f.intersection(b, e)).sum();
  }

  /** The fragments' text, joined by one space as brat writes discontinuous spans. */
  public static String slice(String text, List<TextSpan> fragments) {
    StringBuilder sb = new StringBuilder();
    for (TextSpan f : fragments) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(text, f.begin(), f.end());
    }
    return sb.toString();
  }
}
