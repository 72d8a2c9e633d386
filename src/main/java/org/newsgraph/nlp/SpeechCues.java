package org.newsgraph.nlp;

import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/** Verbs that report speech, and the test for a speech cue token. */
public final class SpeechCues {
  /**
   * Lemmas of verbs that report what someone said or wrote. Verbs of belief (think, believe, hope) are
   * left out on purpose: the quotes table holds statements, not attributed opinions.
   */
  public static final Set<String> VERBS = Set.of("say", "tell", "add", "state", "announce", "claim", "report",
      "warn", "insist", "deny", "confirm", "explain", "note", "argue", "declare", "acknowledge", "admit",
      "stress", "urge", "reiterate", "write", "tweet", "reply", "respond", "answer", "predict", "promise",
      "vow", "pledge", "threaten", "suggest", "allege", "assert", "comment", "emphasize", "emphasise",
      "caution", "concede", "contend", "maintain", "disclose", "reveal", "recall", "quip", "complain",
      "estimate", "testify", "indicate", "observe", "remark", "conclude", "quote", "continue");

  /** Verbs that attach as a parenthetical to the reported clause: "C, he said" / "C, she added". */
  public static final Set<String> PARATAXIS_VERBS = Set.of("say", "add", "tell", "note", "explain", "write",
      "tweet", "insist", "warn", "continue", "argue", "claim", "state", "declare", "stress", "emphasize",
      "emphasise", "reply", "respond", "answer", "recall", "predict", "quip", "complain", "concede", "admit",
      "acknowledge", "report", "observe", "remark", "conclude");

  /** Verbs that attribute a quotation next to them but do not report a clause: "..., he asks." */
  public static final Set<String> DIRECT_ONLY_VERBS = Set.of("ask", "sing", "shout", "chant", "joke", "exclaim",
      "scream", "yell", "wonder", "plead", "beg", "muse", "laugh", "sigh", "interject", "interrupt", "counter",
      "retort", "whisper", "cry", "thunder", "boast", "tease", "read", "begin", "go", "put", "demand", "pray");

  /**
   * Verbs whose report can be a noun phrase or a non-clausal complement rather than a clause: "called for
   * an investigation", "cited a report", "described Clinton as a disgrace", "urged Republicans to join".
   * Attribution corpora (PolNeAR among them) count these as statements of the subject; see
   * {@link ObjectContent} for the content span.
   */
  public static final Set<String> OBJECT_VERBS = Set.of("call", "cite", "describe", "criticize", "criticise",
      "praise", "accuse", "blame", "question", "mention", "discuss", "condemn", "demand", "propose", "recommend",
      "blast", "slam", "denounce", "decry", "tout", "ask", "urge", "promise", "pledge", "vow", "speak", "talk",
      "say", "note", "warn", "announce", "deny", "confirm", "reveal", "dismiss", "applaud", "tell", "report");

  /** Verbs whose object is the listener, not what was said: their content needs more than the object. */
  static final Set<String> LISTENER_VERBS = Set.of("tell", "ask", "inform", "remind");

  private SpeechCues() {}

  static boolean isDirectCueVerb(CoreLabel token) {
    String tag = token.tag();
    return tag != null && tag.startsWith("VB") && token.lemma() != null && DIRECT_ONLY_VERBS.contains(token.lemma());
  }

  static boolean isCueVerb(CoreLabel token) {
    String tag = token.tag();
    return tag != null && tag.startsWith("VB") && token.lemma() != null
        && (VERBS.contains(token.lemma()) || OBJECT_VERBS.contains(token.lemma()));
  }

  /** "according" in "according to". */
  static boolean isAccording(CoreLabel token) {
    return "according".equalsIgnoreCase(token.word());
  }
}
