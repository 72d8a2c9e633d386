package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/** Small queries over a CoreNLP basic dependency graph (Universal Dependencies relations). */
final class Deps {
  private Deps() {}

  static List<IndexedWord> children(SemanticGraph g, IndexedWord w, Set<String> relations) {
    List<IndexedWord> out = new ArrayList<>();
    for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
      if (relations.contains(e.getRelation().toString())) {
        out.add(e.getDependent());
      }
    }
    return out;
  }

  static IndexedWord child(SemanticGraph g, IndexedWord w, Set<String> relations) {
    List<IndexedWord> c = children(g, w, relations);
    return c.isEmpty() ? null : c.get(0);
  }

  /** The relation from w's head to w, or "root". */
  static String relation(SemanticGraph g, IndexedWord w) {
    IndexedWord parent = g.getParent(w);
    return parent == null ? "root" : g.reln(parent, w).toString();
  }

  /** Character span [begin, end) of w's subtree, leaving out the subtrees rooted at {@code exclude}. */
  static int[] span(SemanticGraph g, IndexedWord w, Set<IndexedWord> exclude) {
    Set<IndexedWord> left = new java.util.HashSet<>();
    for (IndexedWord x : exclude) {
      if (x != null && !x.equals(w) && g.containsVertex(x)) {
        left.addAll(g.descendants(x));
      }
    }
    // The subtree minus excluded parts is contiguous around w in practice; take the contiguous run of
    // kept tokens that contains w so a cue clause in the middle never glues two halves together.
    List<IndexedWord> kept = new ArrayList<>(g.descendants(w));
    kept.removeAll(left);
    kept.sort(java.util.Comparator.comparingInt(IndexedWord::index));
    int pos = kept.indexOf(w);
    int lo = pos;
    int hi = pos;
    while (lo > 0 && kept.get(lo - 1).index() == kept.get(lo).index() - 1) {
      lo--;
    }
    while (hi < kept.size() - 1 && kept.get(hi + 1).index() == kept.get(hi).index() + 1) {
      hi++;
    }
    return new int[] {kept.get(lo).beginPosition(), kept.get(hi).endPosition()};
  }

  /**
   * Character span of the run of w's subtree that starts right after {@code after} (w's own punctuation,
   * the sentence's final period when w is the root, left out), or null if none.
   */
  static int[] spanAfter(SemanticGraph g, IndexedWord w, IndexedWord after) {
    List<IndexedWord> kept = new ArrayList<>(g.descendants(w));
    kept.removeIf(x -> x.index() <= after.index() || (w.equals(g.getParent(x)) && relation(g, x).equals("punct")));
    kept.sort(java.util.Comparator.comparingInt(IndexedWord::index));
    if (kept.isEmpty() || kept.get(0).index() != after.index() + 1) {
      return null;
    }
    int hi = 0;
    while (hi < kept.size() - 1 && kept.get(hi + 1).index() == kept.get(hi).index() + 1) {
      hi++;
    }
    return new int[] {kept.get(0).beginPosition(), kept.get(hi).endPosition()};
  }
}
