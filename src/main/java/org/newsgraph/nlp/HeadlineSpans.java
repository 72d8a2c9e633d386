package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Spans the CRF tags across title-case text (a headline, a related-stories list run into the body), where
 * capitals no longer mark names: "Jaysh al-Islam Fires Rocket Shells", "Syrian Coalition Demands UN Action".
 * A span the rest of the article does not write as it is becomes the names in it that the article does
 * write, when the words left over are words the article writes in lower case; a span of such words only
 * ("Civilians Killed") is dropped. A span with a word the article never writes in lower case ("Sergey" in
 * "Sergey Lavrov" when the body says "Sergei Lavrov") is kept: it may be a name the body spells otherwise.
 * Name heads ("Army", "Province") never count as common words.
 */
final class HeadlineSpans {
  /** The longest line taken for a headline when the span fills it. */
  private static final int HEADLINE_MAX = 200;

  private HeadlineSpans() {}

  static List<MentionSpan> repair(String text, List<MentionSpan> mentions) {
    List<MentionSpan> out = new ArrayList<>();
    for (MentionSpan m : mentions) {
      String[] words = m.text().split(" ");
      if (words.length < 2 || !inTitleCase(text, m)) {
        out.add(m);
        continue;
      }
      String elsewhere = text.substring(0, m.begin()) + " | " + text.substring(m.end());
      if (MentionBounds.containsWord(elsewhere, m.text())) {
        out.add(m);
        continue;
      }
      List<MentionSpan> inner = innerNames(m, mentions, elsewhere);
      if (inner != null) {
        out.addAll(inner);
        continue;
      }
      MentionSpan cut = prefix(text, m, words, elsewhere);
      if (cut != null) {
        out.add(cut);
      } else if (!Arrays.stream(words).allMatch(w -> lowerCaseWord(elsewhere, w))) {
        out.add(m);
      }
    }
    return out;
  }

  /** The longest beginning the article names elsewhere, when the next word is a common one ("Jaysh al-Islam" + "Fires"). */
  private static MentionSpan prefix(String text, MentionSpan m, String[] words, String elsewhere) {
    for (int len = words.length - 1; len >= 1; len--) {
      String prefix = String.join(" ", Arrays.copyOfRange(words, 0, len));
      if (MentionBounds.containsWord(elsewhere, prefix) && lowerCaseWord(elsewhere, words[len])) {
        return MentionBounds.span(text, m, m.begin(), m.begin() + prefix.length());
      }
    }
    return null;
  }

  /**
   * The other mentions' names found inside the span (longest first, not overlapping), each with the type
   * the article gave it there, or null unless every word outside them is lower case or a common word of
   * the article, and at least one is a capitalised common word (else the span is just names run together).
   */
  private static List<MentionSpan> innerNames(MentionSpan m, List<MentionSpan> mentions, String elsewhere) {
    List<MentionSpan> others = new ArrayList<>();
    for (MentionSpan o : mentions) {
      if ((o.end() <= m.begin() || o.begin() >= m.end()) && o.text().length() < m.text().length()) {
        others.add(o);
      }
    }
    others.sort(Comparator.comparingInt((MentionSpan o) -> o.text().length()).reversed());
    boolean[] covered = new boolean[m.text().length()];
    List<MentionSpan> found = new ArrayList<>();
    for (MentionSpan o : others) {
      int at = wordAt(m.text(), o.text(), covered);
      if (at >= 0) {
        Arrays.fill(covered, at, at + o.text().length(), true);
        int begin = m.begin() + at;
        found.add(new MentionSpan(m.sentence(), begin, begin + o.text().length(), o.text(), o.type(), o.nerTag(),
            o.confidence(), null));
      }
    }
    if (found.isEmpty()) {
      return null;
    }
    boolean commonCapitalised = false;
    int pos = 0;
    for (String w : m.text().split(" ")) {
      boolean inName = covered[pos];
      pos += w.length() + 1;
      if (inName || w.isEmpty() || w.toLowerCase(Locale.ROOT).equals(w)) {
        continue;
      }
      if (!lowerCaseWord(elsewhere, w)) {
        return null;
      }
      commonCapitalised = true;
    }
    if (!commonCapitalised) {
      return null;
    }
    found.sort(Comparator.comparingInt(MentionSpan::begin));
    return found;
  }

  /** Where the name stands as whole words in the span, on characters not yet covered, or -1. */
  private static int wordAt(String span, String name, boolean[] covered) {
    for (int at = span.indexOf(name); at >= 0; at = span.indexOf(name, at + 1)) {
      int end = at + name.length();
      boolean whole = (at == 0 || span.charAt(at - 1) == ' ') && (end == span.length() || span.charAt(end) == ' ');
      boolean free = true;
      for (int i = at; i < end && free; i++) {
        free = !covered[i];
      }
      if (whole && free) {
        return at;
      }
    }
    return -1;
  }

  /**
   * Whether the few words before or after the mention (30 characters, on its line) are title-case, or its
   * line is a short title-case line (a headline the span fills).
   */
  private static boolean inTitleCase(String text, MentionSpan m) {
    String before = text.substring(Math.max(0, m.begin() - 30), m.begin());
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
    int lineEnd = after.indexOf('\n');
    if (titleCase(before.substring(before.lastIndexOf('\n') + 1)) || titleCase(lineEnd < 0 ? after : after.substring(0, lineEnd))) {
      return true;
    }
    int start = text.lastIndexOf('\n', m.begin()) + 1;
    int end = text.indexOf('\n', m.end());
    end = end < 0 ? text.length() : end;
    return end - start <= HEADLINE_MAX && titleCase(text.substring(start, end));
  }

  /** A common word: written in lower case elsewhere in the article, and no name's head. */
  private static boolean lowerCaseWord(String elsewhere, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return !lower.equals(word) && !MentionTypes.isNameHead(lower) && MentionBounds.containsWord(elsewhere, lower);
  }

  /** Most words (of three letters or more; at least two of them) capitalised: a headline, not a sentence. */
  static boolean titleCase(String line) {
    int words = 0;
    int capital = 0;
    for (String w : line.split("\\s+")) {
      if (w.length() >= 3 && Character.isLetter(w.charAt(0))) {
        words++;
        capital += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    return words >= 2 && capital * 4 >= words * 3;
  }
}
