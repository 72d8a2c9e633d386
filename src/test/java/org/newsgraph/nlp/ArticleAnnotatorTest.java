package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Real CoreNLP models, no Spark: the pipeline loads once per test JVM through PipelineHolder. */
class ArticleAnnotatorTest {
  private static final ArticleAnnotator ANNOTATOR = new ArticleAnnotator(NlpSettings.defaults());

  @Test
  void findsPersonWithExactOffsetsAndFineTypes() {
    String text = "Russian Foreign Minister Sergey Lavrov said Wednesday that Russia would stay in Syria.";
    ArticleAnalysis a = ANNOTATOR.analyse(text);
    MentionSpan lavrov = a.mentions().stream().filter(m -> m.text().equals("Sergey Lavrov")).findFirst().orElseThrow();
    assertEquals("PERSON", lavrov.type());
    assertEquals("Sergey Lavrov", text.substring(lavrov.begin(), lavrov.end()));
    MentionSpan syria = a.mentions().stream().filter(m -> m.text().equals("Syria")).findFirst().orElseThrow();
    assertEquals("LOCATION", syria.type());
    assertEquals("COUNTRY", syria.nerTag());
    assertTrue(a.mentions().stream().anyMatch(m -> m.text().equals("Russian") && m.nerTag().equals("NATIONALITY")));
    assertTrue(a.mentions().stream().noneMatch(m -> m.nerTag().equals("DATE")), "dates are not named entities");
    assertTrue(lavrov.confidence() == null || (lavrov.confidence() > 0.5 && lavrov.confidence() <= 1.0));
  }

  @Test
  void blankLineIsAHardSentenceBreak() {
    String text = "Fighters left Raqqa\n\nISIS militants moved towards Palmyra, officials said.";
    ArticleAnalysis a = ANNOTATOR.analyse(text);
    assertEquals(2, a.sentences());
    List<MentionSpan> ms = a.mentions();
    assertFalse(ms.stream().anyMatch(m -> m.text().contains("\n")), ms.toString());
    assertTrue(ms.stream().anyMatch(m -> m.text().equals("Raqqa")), ms.toString());
    assertEquals(0, ms.stream().filter(m -> m.text().equals("Raqqa")).findFirst().orElseThrow().sentence());
  }

  @Test
  void everyOffsetSlicesToTheMentionText() {
    String text = "“We may not always fully agree with our partners,” Colonel Ryan Dillon said in Baghdad.\n\n"
        + "The U.S.-backed SDF took Raqqah from Daesh.";
    for (MentionSpan m : ANNOTATOR.analyse(text).mentions()) {
      assertEquals(m.text(), text.substring(m.begin(), m.end()));
    }
  }
}
