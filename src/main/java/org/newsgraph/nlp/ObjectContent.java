package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * The content of a speech verb that reports a noun phrase or a non-clausal complement instead of a clause:
 * "called for [an investigation]", "cited [a report]", "described [Clinton as a disgrace]", "urged
 * [Republicans to join the ranks]", "accused [the Saudi government of attempting to intimidate]". It runs
 * from the first complement after the verb to the end of the last one, without a leading preposition.
 */
final class ObjectContent {
  /** "dep": "told the AP [his firm worked closely ...]" comes out as iobj, obj and dep. */
  private static final Set<String> COMPLEMENTS = Set.of("obj", "iobj", "xcomp", "obl", "advcl", "dep");
  /** Prepositions that introduce what was said ("called for", "spoke of"), not when or where ("in", "to"). */
  private static final Set<String> CONTENT_CASES = Set.of("for", "on", "of", "about", "as", "against", "over");
  private static final Set<String> MARKERS = Set.of("case", "mark");
  private static final Set<String> TIME = Set.of("DATE", "TIME", "DURATION", "SET");
  /** The fast NER tags no dates, so the usual heads of "on Friday", "last week" are listed too. */
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "day",
      "days", "week", "weeks", "weekend", "month", "months", "year", "years", "minutes", "hours", "time",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.");
  /** Shorter contents ("said it", "told reporters") are references or listeners, not statements. */
  static final int MIN_WORDS = 2;

  private ObjectContent() {}

  /** [begin, end) of the content, or null when the verb has none of this shape. */
  static int[] span(SemanticGraph g, IndexedWord verb, IndexedWord speaker, Predicate<IndexedWord> isName) {
    if (!SpeechCues.OBJECT_VERBS.contains(verb.lemma()) || passive(g, verb)) {
      return null;
    }
    List<IndexedWord> kept = new ArrayList<>();
    boolean beyondListener = false;
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
      IndexedWord d = e.getDependent();
      String rel = e.getRelation().toString();
      boolean listener = rel.equals("iobj") && SpeechCues.LISTENER_VERBS.contains(verb.lemma());
      if (d.index() <= verb.index() || d.equals(speaker) || !COMPLEMENTS.contains(rel) || listener) {
        continue;
      }
      String marker = marker(g, d);
      if ((rel.equals("obl") || rel.equals("advcl")) && (marker == null || !CONTENT_CASES.contains(marker))) {
        continue;
      }
      // "said Saturday night", "told me on Friday": when, not what.
      if (TIME.contains(String.valueOf(d.ner())) || isTimeWord(d) || startsWithTimeWord(g, d)) {
        continue;
      }
      // '"...," said Tim Hess, a developer': a name after "said" is the inverted speaker the parse missed.
      if (rel.equals("obj") && SpeechCues.VERBS.contains(verb.lemma()) && isName.test(d)) {
        continue;
      }
      kept.add(d);
      beyondListener |= !rel.equals("obj") && !rel.equals("iobj");
    }
    if (kept.isEmpty() || (SpeechCues.LISTENER_VERBS.contains(verb.lemma()) && !beyondListener)) {
      return null;
    }
    List<IndexedWord> words = new ArrayList<>();
    for (IndexedWord k : kept) {
      words.addAll(g.descendants(k));
    }
    words.sort(Comparator.comparingInt(IndexedWord::index));
    IndexedWord first = kept.stream().min(Comparator.comparingInt(IndexedWord::index)).orElseThrow();
    int from = 0;
    while (from < words.size() - 1 && isMarkerOf(g, words.get(from), first)) {
      from++;
    }
    if (words.size() - from < MIN_WORDS) {
      return null;
    }
    return new int[] {words.get(from).beginPosition(), words.get(words.size() - 1).endPosition()};
  }

  private static boolean isTimeWord(IndexedWord w) {
    return TIME_WORDS.contains(w.word().toLowerCase(Locale.ROOT));
  }

  /**
   * "announced on October 17", "said on Saturday Moscow and Ankara have agreed ...": the parser may head
   * the phrase elsewhere ("Moscow"), but a complement that opens with a date word is when, not what.
   */
  private static boolean startsWithTimeWord(SemanticGraph g, IndexedWord head) {
    IndexedWord first = null;
    for (IndexedWord w : g.descendants(head)) {
      if (!isMarkerOf(g, w, head) && (first == null || w.index() < first.index())) {
        first = w;
      }
    }
    return first != null && isTimeWord(first);
  }

  /** "was accused of": the subject is the target, not the speaker. */
  private static boolean passive(SemanticGraph g, IndexedWord verb) {
    return !Deps.children(g, verb, Set.of("aux:pass", "nsubj:pass")).isEmpty();
  }

  private static String marker(SemanticGraph g, IndexedWord w) {
    IndexedWord m = Deps.child(g, w, MARKERS);
    return m == null ? null : m.word().toLowerCase(Locale.ROOT);
  }

  private static boolean isMarkerOf(SemanticGraph g, IndexedWord w, IndexedWord head) {
    return w.index() < head.index() && head.equals(g.getParent(w)) && MARKERS.contains(Deps.relation(g, w));
  }
}
