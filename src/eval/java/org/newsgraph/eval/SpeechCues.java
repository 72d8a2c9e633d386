package org.newsgraph.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether an attribution cue is a verb or expression of speech (said, told, according to, ...)
 * rather than of thought, perception or evidence (believes, shows, found).
 *
 * <p>A cue is a speech cue when any of its words, lower-cased, is an inflected form of a lemma in
 * {@link #LEMMAS} (or one of the nouns in it), or when it contains "according to" or "point(ed) out".
 * Any word rather than the cue's head word: PolNeAR cues are one to three words ("said in a statement",
 * "went on to discuss") and finding the head would need a parser, which these tests avoid. Inflections
 * come from a small table of English rules and irregular forms, not from CoreNLP's lemmatiser, so
 * classification is fixed and needs no models. The list was drawn up from the cues of the train split.
 */
public final class SpeechCues {
  /** Lemmas of speech verbs, plus a few speech nouns ("statement", "remarks", "interview"). */
  public static final List<String> LEMMAS = List.of(
      "say", "tell", "add", "state", "announce", "claim", "report", "ask", "answer", "reply", "respond",
      "write", "tweet", "post", "warn", "insist", "deny", "confirm", "explain", "note", "argue", "declare",
      "acknowledge", "admit", "suggest", "recall", "describe", "call", "testify", "comment", "mention",
      "remark", "reveal", "stress", "emphasize", "emphasise", "predict", "promise", "vow", "pledge", "urge",
      "accuse", "criticize", "criticise", "praise", "blame", "cite", "quote", "conclude", "complain", "joke",
      "boast", "concede", "contend", "assert", "allege", "maintain", "repeat", "reiterate", "retort",
      "speak", "talk", "discuss", "inform", "disclose", "propose", "recommend", "demand", "question",
      "interview", "shout", "yell", "decry", "denounce", "condemn", "lament", "tout", "proclaim", "exclaim",
      "statement", "remarks", "speech", "announcement", "testimony");
  private static final Map<String, List<String>> IRREGULAR = Map.of(
      "say", List.of("said"), "tell", List.of("told"), "write", List.of("wrote", "written", "writing"),
      "speak", List.of("spoke", "spoken"));
  private static final Map<String, String> FORM_TO_LEMMA = buildForms();
  private static final Set<String> POINT = Set.of("point", "points", "pointed", "pointing");

  private SpeechCues() {}

  /** True when the cue is a speech verb or expression (see the class comment for the rule). */
  public static boolean isSpeech(String cue) {
    if (cue == null || cue.isBlank()) {
      return false;
    }
    String[] words = cue.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    for (int i = 0; i < words.length; i++) {
      String next = i + 1 < words.length ? words[i + 1] : "";
      if (FORM_TO_LEMMA.containsKey(words[i])
          || (words[i].equals("according") && next.equals("to"))
          || (POINT.contains(words[i]) && next.equals("out"))) {
        return true;
      }
    }
    return false;
  }

  /** The speech lemma a word is a form of, or null. */
  public static String lemma(String word) {
    return FORM_TO_LEMMA.get(word.toLowerCase(Locale.ROOT));
  }

  private static Map<String, String> buildForms() {
    Map<String, String> forms = new HashMap<>();
    for (String lemma : LEMMAS) {
      for (String form : regularForms(lemma)) {
        forms.putIfAbsent(form, lemma);
      }
      for (String form : IRREGULAR.getOrDefault(lemma, List.of())) {
        forms.put(form, lemma);
      }
    }
    return Map.copyOf(forms);
  }

  /**
   * Over-generates on purpose (both "admited" and "admitted"): a spurious form is harmless, since it is
   * only ever looked up with real words.
   */
  static List<String> regularForms(String w) {
    char last = w.charAt(w.length() - 1);
    String stem = w.substring(0, w.length() - 1);
    boolean consonantY = last == 'y' && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0;
    if (consonantY) {
      return List.of(w, stem + "ies", stem + "ied", w + "ing");
    }
    if (last == 'e') {
      return List.of(w, w + "s", w + "d", stem + "ing");
    }
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
      return List.of(w, w + "es", w + "ed", w + "ing");
    }
    return List.of(w, w + "s", w + "ed", w + "ing", w + last + "ed", w + last + "ing");
  }
}
