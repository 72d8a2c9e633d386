package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

/** The selective parser's graphs against CoreNLP's own depparse annotator. Real models. */
class SelectiveParserTest {
  // Coordination, a multi-word preposition, a relative clause and reported speech: the constructions
  // where the enhanced graphs (which the selective parser no longer builds) differ from the basic one.
  private static final String TEXT = "The ministry said on Monday that rebels and soldiers fought in front of "
      + "the city hall. “We will not leave,” said Nuri Mahmud, who leads the group. "
      + "According to the UN, aid reached Raqqa. The weather was fine.";

  private static final SelectiveParser DEFAULT = SelectiveParser.of(NlpSettings.defaults().toProperties());

  private static List<CoreMap> tagged() {
    Annotation doc = new Annotation(TEXT);
    PipelineHolder.get(NlpSettings.defaults()).annotate(doc);
    return doc.get(CoreAnnotations.SentencesAnnotation.class);
  }

  @Test
  void basicGraphEqualsTheDepparseAnnotatorsBasicGraph() {
    List<CoreMap> ours = tagged();
    List<CoreMap> theirs = tagged();
    Annotation reference = new Annotation(TEXT);
    reference.set(CoreAnnotations.SentencesAnnotation.class, theirs);
    new DependencyParseAnnotator(new Properties()).annotate(reference);

    assertEquals(4, DEFAULT.parse(ours, true));
    for (int i = 0; i < ours.size(); i++) {
      SemanticGraph expected = theirs.get(i).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      SemanticGraph actual = ours.get(i).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      assertEquals(expected.toList(), actual.toList(), "sentence " + i);
      assertEquals(expected.getRoots().toString(), actual.getRoots().toString(), "sentence " + i);
    }
  }

  @Test
  void onlySentencesThatMayReportSpeechAreParsed() {
    List<CoreMap> sentences = tagged();
    assertEquals(3, DEFAULT.parse(sentences, false));
    for (int i = 0; i < 3; i++) {
      SemanticGraph g = sentences.get(i).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      assertNotNull(g, "sentence " + i);
      assertFalse(g.isEmpty(), "sentence " + i);
    }
    assertNull(sentences.get(3).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class),
        "no cue and no quotation mark: not parsed");
  }

  @Test
  void depparseModelIsTheModelItLoads() {
    Properties sd = NlpSettings.defaults().toProperties();
    sd.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_SD.gz");
    SelectiveParser parser = SelectiveParser.of(sd);
    assertSame(parser, SelectiveParser.of(sd), "one parser per JVM and configuration");
    assertNotSame(DEFAULT, parser);
    CoreMap first = tagged().get(0);
    // Stanford Dependencies attach "in front of the city hall" as prep/pobj; the default UD model does not.
    String sdLabels = parser.basicGraph(first).toList();
    String udLabels = DEFAULT.basicGraph(first).toList();
    assertTrue(sdLabels.contains("pobj("), sdLabels);
    assertFalse(udLabels.contains("pobj("), udLabels);
  }
}
