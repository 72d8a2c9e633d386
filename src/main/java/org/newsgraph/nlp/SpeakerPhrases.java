package org.newsgraph.nlp;

import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.CoreMap;

/**
 * Turns the head word of a cue's subject into the speaker as written: the named-entity mention around
 * it when there is one ("Mostafa Bali" in "SDF spokesman Mostafa Bali"), else the noun phrase core
 * (compounds, adjectives, possessives; no determiner, apposition or relative clause).
 */
final class SpeakerPhrases {
  private static final Set<String> CORE = Set.of("compound", "amod", "flat", "nmod:poss", "compound:prt", "nummod",
      "flat:name");

  /** A speaker as written, its offsets, and the coarse NER type of the mention it is (or null). */
  record Phrase(String text, int begin, int end, String type) {}

  private final String text;
  private final List<MentionSpan> mentions;

  SpeakerPhrases(String text, List<MentionSpan> mentions) {
    this.text = text;
    this.mentions = mentions;
  }

  Phrase of(CoreMap sentence, SemanticGraph g, IndexedWord head) {
    MentionSpan m = mentionAt(head.beginPosition());
    if (m != null && (m.type().equals("PERSON") || m.type().equals("ORGANIZATION"))) {
      return extendOrganisation(m, g, head);
    }
    int begin = head.beginPosition();
    int end = head.endPosition();
    for (IndexedWord c : Deps.children(g, head, CORE)) {
      for (IndexedWord d : g.descendants(c)) {
        begin = Math.min(begin, d.beginPosition());
        end = Math.max(end, d.endPosition());
      }
    }
    // Only a mention at the head types the phrase: "US-backed alliance" is no LOCATION.
    return new Phrase(text.substring(begin, end), begin, end, m != null ? m.type() : null);
  }

  /** Whether the word is inside a PERSON or ORGANIZATION mention. */
  boolean isName(IndexedWord w) {
    MentionSpan m = mentionAt(w.beginPosition());
    return m != null && (m.type().equals("PERSON") || m.type().equals("ORGANIZATION"));
  }

  /**
   * An organisation's name often starts with a nationality tagged apart ("Russian" + "Defense Ministry"):
   * the speaker is the whole "Russian Defense Ministry", so adjacent name modifiers are taken in.
   */
  private Phrase extendOrganisation(MentionSpan m, SemanticGraph g, IndexedWord head) {
    int begin = m.begin();
    if (m.type().equals("ORGANIZATION")) {
      for (IndexedWord c : Deps.children(g, head, CORE)) {
        MentionSpan cm = mentionAt(c.beginPosition());
        if (cm != null && c.endPosition() <= m.begin() && text.substring(c.endPosition(), m.begin()).isBlank()) {
          begin = Math.min(begin, cm.begin());
        }
      }
    }
    return new Phrase(text.substring(begin, m.end()), begin, m.end(), m.type());
  }

  private MentionSpan mentionAt(int offset) {
    for (MentionSpan m : mentions) {
      if (offset >= m.begin() && offset < m.end()) {
        return m;
      }
    }
    return null;
  }
}
