package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.util.CoreMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs CoreNLP's neural dependency parser only on the sentences that can hold a reported statement: those
 * with a speech verb, "according to", or a quotation mark. In news that is a minority of sentences, and
 * the parser is the costliest annotator after NER, so parsing everything would waste most of its time.
 * One parser per JVM, loaded on first use; it is thread-safe like the rest of the pipeline.
 */
final class SelectiveParser {
  private static final Logger LOG = LoggerFactory.getLogger(SelectiveParser.class);
  private static volatile DependencyParseAnnotator parser;

  private SelectiveParser() {}

  static DependencyParseAnnotator parser() {
    DependencyParseAnnotator p = parser;
    if (p == null) {
      synchronized (SelectiveParser.class) {
        p = parser;
        if (p == null) {
          long start = System.nanoTime();
          p = new DependencyParseAnnotator(new Properties());
          LOG.info("CoreNLP dependency parser loaded in {} ms (once per JVM)", (System.nanoTime() - start) / 1_000_000);
          parser = p;
        }
      }
    }
    return p;
  }

  /** Parses the sentences that need it (all of them when {@code all}); returns how many were parsed. */
  static int parse(List<CoreMap> sentences, boolean all) {
    List<CoreMap> chosen = new ArrayList<>();
    for (CoreMap s : sentences) {
      if (all || mayReportSpeech(s.get(CoreAnnotations.TokensAnnotation.class))) {
        chosen.add(s);
      }
    }
    if (!chosen.isEmpty()) {
      Annotation subset = new Annotation("");
      subset.set(CoreAnnotations.SentencesAnnotation.class, chosen);
      parser().annotate(subset);
    }
    return chosen.size();
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
