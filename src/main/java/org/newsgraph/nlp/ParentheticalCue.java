package org.newsgraph.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * A cue set off by a comma after or inside the statement it reports: "..., a source said." and "The museum,
 * Mr. Obama said, would make visitors face uncomfortable truths." The statement is the rest of the
 * sentence. The parser often hangs such a cue on some word deep inside the statement (or makes the part
 * after it the cue's complement), so the cue clause is found on the tokens: the verb with its own
 * dependents, contiguous, after a comma, and either ending the sentence or followed by a comma.
 */
final class ParentheticalCue {
  /** A longer "cue clause" is a statement of its own, not an aside. */
  static final int MAX_CLAUSE_TOKENS = 12;
  /** The statement before the cue needs at least this many tokens ("Yes, he said." is no report). */
  static final int MIN_STATEMENT_TOKENS = 3;
  private static final Set<String> CLOSING = Set.of("''", "\"", "”", "'");

  private ParentheticalCue() {}

  /**
   * The content around the cue clause of {@code verb}, or null when the verb is no parenthetical cue.
   * {@code complement} (may be null) is the verb's parsed complement; it is not part of the cue clause.
   */
  static int[] content(List<CoreLabel> tokens, SemanticGraph g, IndexedWord verb, IndexedWord complement) {
    Set<IndexedWord> clause = new HashSet<>(g.descendants(verb));
    if (complement != null) {
      clause.removeAll(g.descendants(complement));
    }
    // The commas around the aside often hang on its verb; they bound the clause rather than belong to it.
    clause.removeAll(Deps.children(g, verb, Set.of("punct")));
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    for (IndexedWord w : clause) {
      lo = Math.min(lo, w.index());
      hi = Math.max(hi, w.index());
    }
    if (hi - lo + 1 != clause.size() || clause.size() > MAX_CLAUSE_TOKENS) {
      return null;
    }
    int before = lo - 1; // 1-based token index of the word before the clause
    while (before >= 1 && CLOSING.contains(tokens.get(before - 1).word())) {
      before--;
    }
    if (before < 1 + MIN_STATEMENT_TOKENS - 1 || !tokens.get(before - 1).word().equals(",")) {
      return null;
    }
    int start = tokens.get(0).beginPosition();
    boolean trailing = true;
    for (int i = hi; i < tokens.size(); i++) {
      trailing &= isPunct(tokens.get(i));
    }
    if (trailing) {
      return new int[] {start, tokens.get(before - 1).beginPosition()};
    }
    if (hi < tokens.size() && tokens.get(hi).word().equals(",")) {
      int last = tokens.size() - 1;
      while (last > hi && isPunct(tokens.get(last))) {
        last--;
      }
      return last > hi + 1 ? new int[] {start, tokens.get(last).endPosition()} : null;
    }
    return null;
  }

  private static boolean isPunct(CoreLabel t) {
    String tag = t.tag();
    return tag != null && !tag.isEmpty() && !Character.isLetterOrDigit(tag.charAt(0));
  }
}
