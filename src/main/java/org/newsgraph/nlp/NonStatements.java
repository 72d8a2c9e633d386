package org.newsgraph.nlp;

import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * Speech verbs used in a sense that reports no statement, found on the cue's parse:
 * <ul>
 *   <li>"call" meaning phone or summon: a short plain object and nothing else ("called her service
 *       provider", "called the police"); "called for / on ...", "called X a liar", "called X "crooked"",
 *       and "call" with a clause are statements;</li>
 *   <li>"spoke on condition of anonymity": the source's terms, not what they said;</li>
 *   <li>"reveal", "show", "find", "indicate", "suggest" with a document or search as subject ("a search
 *       revealed", "records show"): findings, not statements ("the statement revealed" stays one).</li>
 * </ul>
 */
final class NonStatements {
  private static final Set<String> FINDING_VERBS = Set.of("reveal", "show", "find", "indicate", "suggest");
  /** Things that show or reveal without speaking. */
  private static final Set<String> NON_SPEAKERS = Set.of("search", "record", "document", "data", "study", "poll",
      "survey", "analysis", "investigation", "review", "audit", "video", "footage", "photo", "photograph", "image",
      "email", "e-mail", "test", "filing", "map", "chart", "figure", "number", "result", "evidence", "autopsy",
      "picture", "screenshot", "recording", "log", "receipt");

  /** Dependents of a phoning "call" besides its object and obliques. */
  private static final Set<String> PLAIN = Set.of("nsubj", "aux", "punct", "advmod", "mark", "cc", "conj");
  private static final Set<String> REQUEST = Set.of("obl:for", "obl:on", "obl:upon");
  private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "``", "''", "‘", "’");
  /** "called her service provider", "called the police": longer objects usually hold the name called. */
  private static final int MAX_CALLED_WORDS = 4;

  private NonStatements() {}

  /** Whether this cue verb with this subject (null when none) reports no statement. */
  static boolean notSpeech(SemanticGraph g, IndexedWord verb, IndexedWord subject) {
    String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
    return switch (lemma) {
      case "call" -> !callReports(g, verb);
      case "speak", "talk" -> onCondition(g, verb);
      default -> FINDING_VERBS.contains(lemma) && subject != null && subject.lemma() != null
          && NON_SPEAKERS.contains(subject.lemma().toLowerCase(Locale.ROOT));
    };
  }

  /**
   * "call" with a short plain object and nothing else is phoning or summoning someone; any other dependent
   * (a predicate, a clause, "for"/"on", a quotation mark) makes it a statement.
   */
  private static boolean callReports(SemanticGraph g, IndexedWord verb) {
    IndexedWord object = null;
    for (var e : g.outgoingEdgeIterable(verb)) {
      String rel = e.getRelation().toString();
      IndexedWord d = e.getDependent();
      if (rel.equals("obj") && object == null) {
        object = d;
      } else if (rel.startsWith("obl") ? REQUEST.contains(rel) || hasCase(g, d, "for", "on", "upon")
          : !PLAIN.contains(rel) || QUOTE_MARKS.contains(d.word())) {
        return true;
      }
    }
    if (object == null) {
      return true;
    }
    var phrase = g.descendants(object);
    return phrase.size() > MAX_CALLED_WORDS || phrase.stream().anyMatch(w -> QUOTE_MARKS.contains(w.word()));
  }

  private static boolean onCondition(SemanticGraph g, IndexedWord verb) {
    for (var e : g.outgoingEdgeIterable(verb)) {
      if (e.getRelation().toString().startsWith("obl") && "condition".equalsIgnoreCase(e.getDependent().lemma())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCase(SemanticGraph g, IndexedWord noun, String... words) {
    for (var e : g.outgoingEdgeIterable(noun)) {
      if (e.getRelation().toString().equals("case")) {
        for (String w : words) {
          if (w.equalsIgnoreCase(e.getDependent().word())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
