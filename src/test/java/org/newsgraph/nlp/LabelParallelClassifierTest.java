package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;

import edu.stanford.nlp.parser.nndep.LabelParallelClassifier;
import org.junit.jupiter.api.Test;

/**
 * The parser's label-parallel scoring against CoreNLP's own classifier, on the real English model: the
 * scores must be equal bit for bit, or a parse could change. SelectiveParserTest compares whole parses.
 */
class LabelParallelClassifierTest {
  private static final int FEATURES = 48;

  private static LabelParallelClassifier installed() {
    assumeTrue(LabelParallelClassifier.vectorsWideEnough(), "this CPU's vectors are narrower than 256 bits");
    LabelParallelClassifier c = SelectiveParser.of(NlpSettings.defaults().toProperties()).labelParallelScoring();
    assertNotNull(c, "the parser should use the label-parallel scoring on this JVM");
    return c;
  }

  @Test
  void scoresEqualCoreNlpsBitForBit() {
    LabelParallelClassifier c = installed();
    Random random = new Random(7);
    int vocabulary = c.vocabularySize();
    for (int n = 0; n < 600; n++) {
      int[] feature = new int[FEATURES];
      for (int j = 0; j < FEATURES; j++) {
        // Frequent ids are mostly precomputed in the model; ids from the whole vocabulary mostly are not
        // and take the computed (and cached) path. Both paths, and their mix, must agree.
        feature[j] = random.nextInt(10) < 8 ? random.nextInt(300) : random.nextInt(vocabulary);
      }
      double[] expected = c.stockScores(feature);
      assertArrayEquals(expected, c.scores(feature), "feature array " + n);
      assertArrayEquals(expected, c.scores(feature), "feature array " + n + ", cached the second time");
    }
  }

  @Test
  void theParserCallsIt() {
    LabelParallelClassifier c = installed();
    var doc = new edu.stanford.nlp.pipeline.Annotation("The minister said the talks were over.");
    PipelineHolder.get(NlpSettings.defaults()).annotate(doc);
    long before = c.calls();
    SelectiveParser.of(NlpSettings.defaults().toProperties()).basicGraph(doc.get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class).get(0));
    // Arc-standard parsing takes two transitions per token: 8 tokens, 16 scorings.
    assertEquals(16, c.calls() - before, "transitions scored by the label-parallel classifier");
  }
}
