package org.newsgraph.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestData;
import org.newsgraph.eval.ExtractionEvaluation;
import org.newsgraph.eval.ExtractionPages;
import org.newsgraph.eval.ExtractionScores;

/**
 * The 91 article-extraction pages through {@link TextCleaner#clean}, scored as jobs/eval-extraction.sh
 * scores them; the floors sit a little below the figures in docs/EXTRACTION.md, so a regression fails.
 */
class ExtractionFloorTest {
  @Test
  void theDefaultExtractorKeepsItsScores() throws IOException {
    List<ExtractionPages.Page> pages = ExtractionPages.read(TestData.shared().resolve("data/article-extraction"));
    List<ExtractionScores.PageScore> all = new ArrayList<>();
    List<ExtractionScores.PageScore> heldOut = new ArrayList<>();
    for (ExtractionPages.Page p : pages) {
      ExtractionScores.PageScore s = ExtractionScores.score(ExtractionEvaluation.body(TextCleaner.clean(p.html())), p.body());
      all.add(s);
      if (p.heldOut()) {
        heldOut.add(s);
      }
    }
    ExtractionScores.Summary a = ExtractionScores.summarise(all);
    ExtractionScores.Summary h = ExtractionScores.summarise(heldOut);
    assertTrue(a.pages() == 91, "pages: " + a.pages());
    assertTrue(a.f1() >= 0.95 && a.precision() >= 0.95, "all pages: " + a + " F1 " + a.f1());
    assertTrue(h.f1() >= 0.955, "held-out: " + h + " F1 " + h.f1());
  }
}
