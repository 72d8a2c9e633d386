package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
 * Name heads ("Army", "Province") never count as common words. A capitalised word the POS tagger read as a
 * verb, adverb or modal ("Demands", "Reassures", "Just") is a common word too, written in lower case or not:
 * headlines run the subject's name into the verb, and the article need not use that verb again. When neither
 * rule above applies, the span is cut before its first such word if a name is left ("Syrian Coalition").
 */
final class HeadlineSpans {
  /** The longest line taken for a headline when the span fills it. */
  private static final int HEADLINE_MAX = 200;

  private HeadlineSpans() {}

  static List<MentionSpan> repair(String text, List<MentionSpan> mentions) {
    return repair(text, mentions, new BitSet());
  }

  /** @param verbs where the tokens the POS tagger read as verbs, adverbs or modals begin (character offsets) */
  static List<MentionSpan> repair(String text, List<MentionSpan> mentions, BitSet verbs) {
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
      Common common = new Common(elsewhere, verbs);
      int[] starts = wordStarts(m, words);
      List<MentionSpan> inner = innerNames(m, mentions, words, starts, common);
      if (inner != null) {
        out.addAll(inner);
        continue;
      }
      MentionSpan cut = prefix(text, m, words, starts, common);
      List<MentionSpan> atVerb = cut == null ? atVerb(text, m, mentions, words, starts, common) : List.of();
      if (cut != null) {
        out.add(cut);
      } else if (!atVerb.isEmpty()) {
        out.addAll(atVerb);
      } else if (!allCommon(words, starts, common)) {
        out.add(m);
      }
    }
    return out;
  }

  /** The longest beginning the article names elsewhere, when the next word is a common one ("Jaysh al-Islam" + "Fires"). */
  private static MentionSpan prefix(String text, MentionSpan m, String[] words, int[] starts, Common common) {
    for (int len = words.length - 1; len >= 1; len--) {
      String prefix = String.join(" ", Arrays.copyOfRange(words, 0, len));
      if (MentionBounds.containsWord(common.elsewhere(), prefix) && common.test(words[len], starts[len])) {
        return MentionBounds.span(text, m, m.begin(), m.begin() + prefix.length());
      }
    }
    return null;
  }

  /**
   * Split at the first verb: the words before it when one of them is no common word ("Syrian Coalition" +
   * "Demands"), and the names the article tags elsewhere found after it ("UN" in "Demands UN Action").
   * Empty when the span has no verb or keeps no name.
   */
  private static List<MentionSpan> atVerb(String text, MentionSpan m, List<MentionSpan> mentions, String[] words,
                                          int[] starts, Common common) {
    for (int i = 1; i < words.length; i++) {
      if (common.verbs().get(starts[i])) {
        List<MentionSpan> out = new ArrayList<>();
        String[] before = Arrays.copyOfRange(words, 0, i);
        if (!allCommon(before, starts, common)) {
          out.add(MentionBounds.span(text, m, m.begin(), m.begin() + String.join(" ", before).length()));
        }
        boolean[] covered = new boolean[m.text().length()];
        Arrays.fill(covered, 0, starts[i] - m.begin(), true);
        out.addAll(namesInside(m, mentions, covered));
        return out;
      }
    }
    return List.of();
  }

  private static boolean allCommon(String[] words, int[] starts, Common common) {
    for (int i = 0; i < words.length; i++) {
      if (!common.test(words[i], starts[i])) {
        return false;
      }
    }
    return true;
  }

  /** Where each of the span's words begins in the text. */
  private static int[] wordStarts(MentionSpan m, String[] words) {
    int[] starts = new int[words.length];
    int pos = m.begin();
    for (int i = 0; i < words.length; i++) {
      starts[i] = pos;
      pos += words[i].length() + 1;
    }
    return starts;
  }

  /**
   * The other mentions' names found inside the span (longest first, not overlapping), each with the type
   * the article gave it there, or null unless every word outside them is lower case or a common word of
   * the article, and at least one is a capitalised common word (else the span is just names run together).
   */
  private static List<MentionSpan> innerNames(MentionSpan m, List<MentionSpan> mentions, String[] words, int[] starts,
                                              Common common) {
    boolean[] covered = new boolean[m.text().length()];
    List<MentionSpan> found = namesInside(m, mentions, covered);
    if (found.isEmpty()) {
      return null;
    }
    boolean commonCapitalised = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (covered[starts[i] - m.begin()] || w.isEmpty() || w.toLowerCase(Locale.ROOT).equals(w)) {
        continue;
      }
      if (!common.test(w, starts[i])) {
        return null;
      }
      commonCapitalised = true;
    }
    return commonCapitalised ? found : null;
  }

  /**
   * The other mentions' names found as whole words inside the span where {@code covered} is false, longest
   * first and not overlapping, each with the type the article gave it there; marks them covered.
   */
  private static List<MentionSpan> namesInside(MentionSpan m, List<MentionSpan> mentions, boolean[] covered) {
    List<MentionSpan> others = new ArrayList<>();
    for (MentionSpan o : mentions) {
      if ((o.end() <= m.begin() || o.begin() >= m.end()) && o.text().length() < m.text().length()) {
        others.add(o);
      }
    }
    others.sort(Comparator.comparingInt((MentionSpan o) -> o.text().length()).reversed());
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

  /**
   * A common word of the span: capitalised, no name's head, and written in lower case elsewhere in the
   * article or read as a verb, adverb or modal where it stands.
   */
  private record Common(String elsewhere, BitSet verbs) {
    boolean test(String word, int at) {
      String lower = word.toLowerCase(Locale.ROOT);
      return !lower.equals(word) && !MentionTypes.isNameHead(lower)
          && (verbs.get(at) || MentionBounds.containsWord(elsewhere, lower));
    }
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
