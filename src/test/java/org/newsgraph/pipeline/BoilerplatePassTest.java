package org.newsgraph.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestData;
import org.newsgraph.TestSpark;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.tables.RawSchema;
import org.newsgraph.tables.RowBuilder;
import org.newsgraph.jobs.JobOptions;

/** The archive-wide pass on real Spark: FA-KES's sidebar and footer go; a sentence two articles quote stays. */
class BoilerplatePassTest {
  private static Dataset<Row> cleaned(Dataset<Row> raw) {
    return raw.map(new CleanStage(), Encoders.row(RawSchema.CLEANED));
  }

  private static long containing(Dataset<Row> docs, String s) {
    return docs.where(col("text").contains(s)).count();
  }

  @Test
  void fakesLosesTrtsSidebarAndReutersFooter() {
    String csv = TestData.shared().resolve("data/fakes/FA-KES-Dataset.csv").toString();
    Dataset<Row> raw = ArticleReader.read(TestSpark.session(), JobOptions.parse("--input", csv, "--output", "unused",
        "--csv-encoding", "ISO-8859-1").run().read());
    Dataset<Row> before = cleaned(raw).cache();
    Dataset<Row> after = BoilerplatePass.apply(before, RunOptions.BOILERPLATE_MIN_ARTICLES_DEFAULT).cache();
    assertTrue(containing(before, "Watch Live TV Schedule") >= 19, "the sidebar is there without the pass");
    assertTrue(containing(before, "Thomson Reuters Trust Principles") >= 20);
    assertEquals(0, containing(after, "Watch Live TV Schedule"));
    assertEquals(0, containing(after, "Thomson Reuters Trust Principles"));
    assertEquals(0, containing(after, "Cookie Policy"));
    assertEquals(before.count(), after.count());
    // What the pass took is recorded per article; every article keeps a body.
    assertTrue(after.where(col("boilerplate_chars").gt(0)).count() >= 40);
    assertEquals(0, after.where(col("status").isNull().and(col("boilerplate_chars").gt(0))
        .and(col("text").equalTo(""))).count());
  }

  @Test
  void aQuotedSentenceSharedByTwoArticlesStaysWhileTheOutletsFooterGoes() {
    String footer = "Follow us on Facebook and Twitter for the latest news. Copyright 2024 Example News. All rights reserved.";
    String quote = "\"We will not leave our homes whatever happens to the city,\" the mayor told reporters on Monday.";
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String body = "Story " + i + " reports event number " + i + " in the valley, with details nobody else has. "
          + (i < 2 ? quote + " " : "") + footer;
      rows.add(RowBuilder.of(RawSchema.RAW).set("doc_id", "d" + i).set("source", "s" + i).set("raw_text", body)
          .set("title", "Headline number " + i).set("outlet", "Example News").build());
    }
    Dataset<Row> raw = TestSpark.session().createDataFrame(rows, RawSchema.RAW);
    Map<String, String> text = BoilerplatePass.apply(cleaned(raw), 5).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("doc_id"), r -> r.getAs("text")));
    for (int i = 0; i < 6; i++) {
      String t = text.get("d" + i);
      assertTrue(!t.contains("Copyright") && !t.contains("Follow us"), t);
      assertTrue(t.contains("event number " + i), t);
    }
    assertTrue(text.get("d0").contains(quote), text.get("d0"));
    assertTrue(text.get("d1").contains(quote), text.get("d1"));
  }

  @Test
  void copiesOfOneStoryDoNotMakeItsTextBoilerplate() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      rows.add(RowBuilder.of(RawSchema.RAW).set("doc_id", "c" + i).set("source", "copy" + i)
          .set("raw_text", "The same wire story, crawled six times, about the talks in Geneva that resumed today.")
          .set("title", "Talks resume").set("outlet", "Wire").build());
    }
    Dataset<Row> raw = TestSpark.session().createDataFrame(rows, RawSchema.RAW);
    assertEquals(0, BoilerplatePass.apply(cleaned(raw), 5).where(col("boilerplate_chars").gt(0)).count());
  }
}
