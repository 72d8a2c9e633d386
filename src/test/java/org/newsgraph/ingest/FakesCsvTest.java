package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestData;
import org.newsgraph.TestSpark;
import org.newsgraph.jobs.JobOptions;

/** FA-KES: a real archive in Latin-1 with CRLF line ends and quoted multi-line fields. */
class FakesCsvTest {
  @Test
  void titlesOutletsAndDatesAreReadFromTheColumns() {
    String csv = TestData.shared().resolve("data/fakes/FA-KES-Dataset.csv").toString();
    var spec = JobOptions.parse("--input", csv, "--output", "unused", "--csv-encoding", "ISO-8859-1").run().read();
    java.util.List<Row> all = ArticleReader.read(TestSpark.session(), spec).collectAsList();
    assertEquals(804, all.size());
    // FA-KES repeats 11 rows verbatim (same unit_id and text): they share a doc_id and the job keeps one.
    assertEquals(793, all.stream().map(r -> r.<String>getAs("doc_id")).distinct().count());
    Map<String, Row> rows = all.stream().collect(Collectors.toMap(r -> r.<String>getAs("source"), r -> r, (a, b) -> a));

    Row first = rows.get("FA-KES-Dataset.csv#1914947530");
    assertEquals("Syria attack symptoms consistent with nerve agent use WHO", first.getAs("title"));
    assertEquals("nna", first.getAs("outlet"));
    assertEquals("2017-04-05", first.getAs("published"));
    assertTrue(first.<String>getAs("raw_text").startsWith("Wed 05 Apr 2017 Syria attack symptoms"));
    assertTrue(first.<String>getAs("raw_text").endsWith("- REUTERS"), "no CR left at the end of a field");

    Row tass = rows.get("FA-KES-Dataset.csv#1924058217");
    assertEquals("tass", tass.getAs("outlet"));
    assertEquals("2016-08-15", tass.getAs("published"));
    Row manar = rows.get("FA-KES-Dataset.csv#1965511231");
    assertEquals("Syrian Army Kills 48 ISIL Terrorists in Deir Ezzor", manar.getAs("title"));
    assertEquals("2017-04-04", manar.getAs("published"));

    assertEquals(804, all.stream().filter(r -> r.getAs("published") != null).count(), "every FA-KES date parses");
    assertTrue(all.stream().noneMatch(r -> r.<String>getAs("raw_text").contains("\r")));
  }
}
