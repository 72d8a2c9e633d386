package org.newsgraph.nlp;

import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.LabelParallelClassifier;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs CoreNLP's neural dependency parser only on the sentences that can hold a reported statement: those
 * with a speech verb, "according to", or a quotation mark. In news that is a minority of sentences, and
 * the parser is the costliest annotator after NER, so parsing everything would waste most of its time.
 * One parser per JVM, loaded on first use; its predict method is thread-safe.
 *
 * <p>The parser is called directly rather than through CoreNLP's depparse annotator: the annotator turns
 * each parse into five graphs (basic, collapsed, CC-processed, enhanced, enhanced++), and the quote rules
 * read only the basic one. The four conversions (treatCC, multi-word prepositions, graph copies and
 * sorts) are a sizeable share of the parser's time (docs/BENCHMARKS.md); the basic graph is built exactly
 * as the annotator builds it (SelectiveParserTest compares the two).
 */
final class SelectiveParser {
  private static final Logger LOG = LoggerFactory.getLogger(SelectiveParser.class);
  private static volatile DependencyParser parser;
  /** The parser's faster scoring, when it could be installed (SelectiveParser#useLabelParallelScores). */
  private static volatile LabelParallelClassifier labelParallel;

  private SelectiveParser() {}

  static DependencyParser parser() {
    DependencyParser p = parser;
    if (p == null) {
      synchronized (SelectiveParser.class) {
        p = parser;
        if (p == null) {
          long start = System.nanoTime();
          p = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
          String scoring = useLabelParallelScores(p);
          LOG.info("CoreNLP dependency parser loaded in {} ms (once per JVM); {}", (System.nanoTime() - start) / 1_000_000,
              scoring);
          parser = p;
        }
      }
    }
    return p;
  }

  /**
   * Swaps in LabelParallelClassifier (the same scores, a faster output layer) where it can work, and
   * says which scoring the parser uses. Where it cannot, the parser keeps CoreNLP's own: same parses,
   * slower.
   */
  private static String useLabelParallelScores(DependencyParser p) {
    if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      return "CoreNLP's own scoring: the JVM lacks --add-modules=jdk.incubator.vector (Spark's launcher and "
          + "jobs/env.sh add it), so the label-parallel scoring is off";
    }
    try {
      if (!LabelParallelClassifier.overrides()) {
        return "CoreNLP's own scoring: newsgraph and CoreNLP were loaded by different class loaders "
            + "(put both in the application jar), so the label-parallel scoring is off";
      }
      if (!LabelParallelClassifier.vectorsWideEnough()) {
        return "CoreNLP's own scoring: this CPU's vectors are narrower than 256 bits, where the "
            + "label-parallel scoring is slower";
      }
      labelParallel = LabelParallelClassifier.install(p);
      return "label-parallel scoring (the same scores as CoreNLP's)";
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      return "CoreNLP's own scoring: the label-parallel scoring could not be installed (" + e + ")";
    }
  }

  /** The label-parallel scoring the parser uses, or null if it runs CoreNLP's own. */
  static LabelParallelClassifier labelParallelScoring() {
    parser();
    return labelParallel;
  }

  /** Parses the sentences that need it (all of them when {@code all}); returns how many were parsed. */
  static int parse(List<CoreMap> sentences, boolean all) {
    int parsed = 0;
    for (CoreMap s : sentences) {
      if (all || mayReportSpeech(s.get(CoreAnnotations.TokensAnnotation.class))) {
        s.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basicGraph(s));
        parsed++;
      }
    }
    return parsed;
  }

  /** The basic (uncollapsed) dependency graph of a POS-tagged sentence. */
  static SemanticGraph basicGraph(CoreMap sentence) {
    GrammaticalStructure gs = parser().predict(sentence);
    return SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
        GrammaticalStructure.Extras.NONE, null);
  }

  static boolean mayReportSpeech(List<CoreLabel> tokens) {
    for (CoreLabel t : tokens) {
      String w = t.word();
      if (SpeechCues.isCueVerb(t) || SpeechCues.isAccording(t) || w.equals("``") || w.equals("''")
          || w.contains("\"") || w.contains("“") || w.contains("”")) {
        return true;
      }
    }
    return false;
  }
}
