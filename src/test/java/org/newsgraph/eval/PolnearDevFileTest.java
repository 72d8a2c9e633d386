package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestData;

/** One real PolNeAR dev article (curly quotes, split quotes): gold offsets slice the stored text exactly. */
class PolnearDevFileTest {
  private static final Path DEV = TestData.shared().resolve("data/polnear/dev");
  private static final String NAME = "breitbart_2016-09-15_pat-caddell-democrat-voters-worr";

  @Test
  void everySpanSlicesTheTextToItsAnnotatedString() throws Exception {
    String text = Files.readString(DEV.resolve("text/" + NAME + ".txt"), StandardCharsets.UTF_8);
    String ann = Files.readString(DEV.resolve("attributions/" + NAME + "_4e07.ann"), StandardCharsets.UTF_8);
    BratReader.BratDocument doc = BratReader.parse(ann, text);
    assertTrue(doc.spans().size() > 20);
    for (BratReader.BratSpan s : doc.spans().values()) {
      assertEquals(s.annotatedText(), TextSpan.slice(text, s.fragments()), s.id() + " " + s.type());
    }
  }

  @Test
  void readsTheSplitQuoteAsOneDirectAttribution() {
    PolnearCorpus.GoldDocument d = PolnearCorpus.readPair(DEV.resolve("text/" + NAME + ".txt"),
        DEV.resolve("attributions/" + NAME + "_4e07.ann"));
    assertEquals("4e07", d.annotator());
    assertEquals(7, d.attributions().size());
    GoldAttribution split = d.attributions().stream().filter(g -> g.relationId().equals("E3")).findFirst()
        .orElseThrow();
    assertEquals(2, split.content().size());
    assertEquals("Caddell", split.sourceText());
    String first = d.text().substring(split.content().get(0).begin(), split.content().get(0).end());
    assertTrue(first.startsWith("“One of the things") && first.endsWith("affecting it,”"), first);
    assertTrue(GoldSubset.of(split, d.text()).contains(GoldSubset.DIRECT));
    List<PolnearCorpus.GoldDocument> firstTwo = PolnearCorpus.read(DEV.getParent(), "dev", 2);
    assertEquals(NAME, firstTwo.get(1).name());
  }
}
