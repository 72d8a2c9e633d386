package org.newsgraph.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * A cue set off by a comma after or inside the statement it reports: "..., a source said." and "The museum,
 * Mr. Obama said, would make visitors face uncomfortable truths." The statement is the rest of the
 * sentence. The parser often hangs such a cue on some word deep inside the statement (or makes the part
 * after it the cue's complement), so the cue clause is found on the tokens: the verb with its speaker and
 * modifiers, after a comma, and either ending the sentence or followed by a comma.
 */
final class ParentheticalCue {
  /** A longer "cue clause" is a statement of its own, not an aside. */
  static final int MAX_CLAUSE_TOKENS = 12;
  /** The statement before the cue needs at least this many tokens ("Yes, he said." is no report). */
  static final int MIN_STATEMENT_TOKENS = 3;
  private static final Set<String> QUOTES = Set.of("''", "``", "\"", "“", "”");
  /** What may follow the verb inside the cue clause: when and where it was said, not what. */
  private static final Set<String> MODIFIERS = Set.of("obl", "obl:tmod", "obl:npmod", "advmod", "iobj");

  private ParentheticalCue() {}

  /**
   * The content around the cue clause of {@code verb}, or null when the verb is no parenthetical cue. The
   * cue clause is the verb with what stands before it in its subtree (the speaker) and, after it, only
   * modifiers ("in a statement", "on Friday", "reporters" after "told"): a complement after the verb
   * makes it an ordinary "X said C".
   */
  static int[] content(List<CoreLabel> tokens, SemanticGraph g, IndexedWord verb) {
    for (CoreLabel t : tokens) {
      if (QUOTES.contains(t.word())) {
        return null; // '"A," he said, adding ...': quotations have their own rules
      }
    }
    Set<Integer> clause = new HashSet<>();
    clause.add(verb.index());
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
      IndexedWord c = e.getDependent();
      String rel = e.getRelation().toString();
      boolean before = c.index() < verb.index() && !rel.equals("punct");
      boolean modifier = c.index() > verb.index() && (MODIFIERS.contains(rel)
          || (rel.equals("obj") && SpeechCues.LISTENER_VERBS.contains(verb.lemma())));
      if (before || modifier) {
        for (IndexedWord d : g.descendants(c)) {
          clause.add(d.index());
        }
      }
    }
    int lo = verb.index();
    int hi = verb.index();
    while (clause.contains(lo - 1)) {
      lo--;
    }
    while (clause.contains(hi + 1)) {
      hi++;
    }
    if (hi - lo + 1 > MAX_CLAUSE_TOKENS) {
      return null;
    }
    return around(tokens, lo, hi, false);
  }

  /**
   * "According to X" set off by commas reports the rest of its sentence. The aside runs from "according"
   * (1-based token index) to the next comma or the end of the sentence, read on the tokens: the parse
   * alone cut the statement at the aside ("A, according to X, B") or hung the rest of the sentence on
   * the source ("..., according to the Associated Press." with "Press" as the root).
   */
  static int[] according(List<CoreLabel> tokens, int according) {
    int hi = tokens.size();
    for (int i = according + 1; i <= tokens.size(); i++) {
      if (tokens.get(i - 1).word().equals(",")) {
        hi = i - 1;
        break;
      }
    }
    return around(tokens, according, hi, true);
  }

  /** The longest dateline looked for, in tokens ("WASHINGTON, Oct. 12, 2016 (Reuters) -" has 11). */
  private static final int DATELINE_TOKENS = 14;

  /**
   * "According to X, C." / "C, according to X." / "A, according to X, B.": the sentence around the aside
   * (1-based token range lo..hi). An aside opening the sentence counts only when {@code leading}.
   */
  static int[] around(List<CoreLabel> tokens, int lo, int hi, boolean leading) {
    int last = tokens.size() - 1;
    while (last >= 0 && isPunct(tokens.get(last))) {
      last--;
    }
    boolean commaAfter = hi < tokens.size() && tokens.get(hi).word().equals(",");
    if (lo == 1) {
      return leading && commaAfter && last > hi + 1
          ? new int[] {tokens.get(hi + 1).beginPosition(), tokens.get(last).endPosition()} : null;
    }
    int before = lo - 1; // 1-based index of the word before the aside
    if (before < MIN_STATEMENT_TOKENS || !tokens.get(before - 1).word().equals(",")) {
      return null;
    }
    int start = tokens.get(statementStart(tokens, before)).beginPosition();
    if (last < hi) {
      return new int[] {start, tokens.get(before - 1).beginPosition()};
    }
    return commaAfter && last > hi + 1 ? new int[] {start, tokens.get(last).endPosition()} : null;
  }

  /**
   * 0-based index of the statement's first token: after a wire dateline ("MOSCOW, Jun. 01 (MNA) – ...",
   * "BEIRUT (Reuters) - ..."), which opens the article's first sentence but is not what the source said.
   * A dateline starts with a word in capitals and ends with a dash among the first tokens.
   */
  static int statementStart(List<CoreLabel> tokens, int limit) {
    String first = tokens.get(0).word();
    if (first.length() < 2 || !first.equals(first.toUpperCase(java.util.Locale.ROOT)) || !Character.isLetter(first.charAt(0))) {
      return 0;
    }
    for (int i = 1; i < Math.min(limit - 1, DATELINE_TOKENS); i++) {
      String w = tokens.get(i).word();
      if (w.equals("–") || w.equals("—") || w.equals("-") || w.equals("--")) {
        return i + 1;
      }
    }
    return 0;
  }

  private static boolean isPunct(CoreLabel t) {
    String tag = t.tag();
    return tag != null && !tag.isEmpty() && !Character.isLetterOrDigit(tag.charAt(0));
  }
}
