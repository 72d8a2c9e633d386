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
 * One parser per JVM and configuration ({@link PerJvm}); its predict method is thread-safe.
 *
 * <p>The parser is called directly rather than through CoreNLP's depparse annotator: the annotator turns
 * each parse into five graphs (basic, collapsed, CC-processed, enhanced, enhanced++), and the quote rules
 * read only the basic one. The four conversions (treatCC, multi-word prepositions, graph copies and
 * sorts) are a sizeable share of the parser's time (docs/BENCHMARKS.md); the basic graph is built exactly
 * as the annotator builds it (SelectiveParserTest compares the two).
 */
final class SelectiveParser {
  private static final Logger LOG = LoggerFactory.getLogger(SelectiveParser.class);
  private static final String PREFIX = "depparse.";
  private static final PerJvm<SelectiveParser> PARSERS = new PerJvm<>();

  private final DependencyParser parser;
  /** The parser's faster scoring, when it could be installed (useLabelParallelScores); else null. */
  private final LabelParallelClassifier labelParallel;

  private SelectiveParser(DependencyParser parser, LabelParallelClassifier labelParallel) {
    this.parser = parser;
    this.labelParallel = labelParallel;
  }

  /**
   * The parser a pipeline's properties name, as CoreNLP's depparse annotator reads them: the model from
   * {@code depparse.model} (CoreNLP's default English model when unset), the other {@code depparse.*}
   * properties handed to the parser. One per JVM and configuration.
   */
  static SelectiveParser of(Properties pipelineProps) {
    Properties own = new Properties();
    for (String name : pipelineProps.stringPropertyNames()) {
      if (name.startsWith(PREFIX)) {
        own.setProperty(name.substring(PREFIX.length()), pipelineProps.getProperty(name));
      }
    }
    return PARSERS.get(PerJvm.key(own), () -> load(own));
  }

  private static SelectiveParser load(Properties own) {
    long start = System.nanoTime();
    Properties extra = new Properties();
    extra.putAll(own);
    String model = (String) extra.remove("model");
    DependencyParser p = DependencyParser.loadFromModelFile(model == null ? DependencyParser.DEFAULT_MODEL : model, extra);
    LabelParallelClassifier labelParallel = null;
    String scoring;
    String off = labelParallelUnavailable();
    if (off != null) {
      scoring = "CoreNLP's own scoring: " + off;
    } else {
      try {
        labelParallel = LabelParallelClassifier.install(p);
        scoring = "label-parallel scoring (the same scores as CoreNLP's)";
      } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
        scoring = "CoreNLP's own scoring: the label-parallel scoring could not be installed (" + e + ")";
      }
    }
    LOG.info("CoreNLP dependency parser {} loaded in {} ms (once per JVM); {}", model == null ? "(default model)" : model,
        (System.nanoTime() - start) / 1_000_000, scoring);
    return new SelectiveParser(p, labelParallel);
  }

  /**
   * Why LabelParallelClassifier (the same scores, a faster output layer) cannot work here, or null if it
   * can. Where it cannot, the parser keeps CoreNLP's own scoring: same parses, slower.
   */
  private static String labelParallelUnavailable() {
    if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      return "the JVM lacks --add-modules=jdk.incubator.vector (Spark's launcher and jobs/env.sh add it), so "
          + "the label-parallel scoring is off";
    }
    if (!LabelParallelClassifier.overrides()) {
      return "newsgraph and CoreNLP were loaded by different class loaders (put both in the application jar), "
          + "so the label-parallel scoring is off";
    }
    if (!LabelParallelClassifier.vectorsWideEnough()) {
      return "this CPU's vectors are narrower than 256 bits, where the label-parallel scoring is slower";
    }
    return null;
  }

  /** The label-parallel scoring the parser uses, or null if it runs CoreNLP's own. */
  LabelParallelClassifier labelParallelScoring() {
    return labelParallel;
  }

  /** Parses the sentences that need it (all of them when {@code all}); returns how many were parsed. */
  int parse(List<CoreMap> sentences, boolean all) {
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
  SemanticGraph basicGraph(CoreMap sentence) {
    GrammaticalStructure gs = parser.predict(sentence);
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
