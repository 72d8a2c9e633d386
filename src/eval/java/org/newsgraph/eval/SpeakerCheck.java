package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.newsgraph.nlp.QuoteSpan;

/**
 * Whether a matched prediction names the gold source. Correct when
 * <ol>
 *   <li>the gold has no source and the prediction no speaker; or</li>
 *   <li>the predicted speaker span overlaps the gold Source span by at least one character; or</li>
 *   <li>the gold source's last word is among the words of the predicted speakerName or speaker; or</li>
 *   <li>the predicted speakerName's last word (the speaker's, when there is no name) is among the words
 *       of the gold source.</li>
 * </ol>
 * Words are whitespace-separated, stripped of non-letters at their edges, lower-cased, and kept only if
 * made of letters alone, so "Rep. Jason Chaffetz (R-Utah)" has the last word "chaffetz". Rule 3 accepts
 * a pronoun ("he") against a pronoun, as the gold has no coreference to check it against.
 */
public final class SpeakerCheck {
  private SpeakerCheck() {}

  public static boolean correct(QuoteSpan p, GoldAttribution g) {
    boolean predicted = p.speaker() != null || p.speakerName() != null;
    if (!g.hasSource()) {
      return !predicted;
    }
    if (!predicted) {
      return false;
    }
    if (p.speakerBegin() != null && p.speakerEnd() != null
        && TextSpan.intersection(g.source(), p.speakerBegin(), p.speakerEnd()) > 0) {
      return true;
    }
    List<String> goldWords = words(g.sourceText());
    List<String> predWords = new ArrayList<>(words(p.speakerName()));
    predWords.addAll(words(p.speaker()));
    if (!goldWords.isEmpty() && predWords.contains(goldWords.get(goldWords.size() - 1))) {
      return true;
    }
    List<String> nameWords = words(p.speakerName() != null ? p.speakerName() : p.speaker());
    return !nameWords.isEmpty() && goldWords.contains(nameWords.get(nameWords.size() - 1));
  }

  /** Lower-cased alphabetic words, in order. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    for (String w : s.split("\\s+")) {
      String t = w.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
      if (!t.isEmpty() && t.chars().allMatch(Character::isLetter)) {
        out.add(t.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
