package org.newsgraph.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.SeedsRun;
import org.newsgraph.TestSpark;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.tables.Tables;

/** Rebuilding the graph tables of a seeds run in place, with the aliases it ran with, changes no row. */
class RebuildGraphJobTest {
  @TempDir
  Path out;

  @Test
  void unknownRepeatedAndValuelessOptionsAreErrorsNamingThem() {
    GraphSettings s = RebuildGraphJob.settings(RebuildGraphJob.OPTIONS.parse("out", "--aliases", "none", "--npmi-units", "articles"));
    assertEquals(GraphSettings.NpmiUnits.ARTICLES, s.npmiUnits());
    assertEquals(0, s.aliases().size());
    assertEquals(GraphSettings.NATIONALITY_PAIRS_DEFAULT, s.nationalityPairs());
    for (String[] bad : new String[][] {{"out", "--alias", "none"}, {"out", "--aliases"},
        {"out", "--aliases", "--npmi-units", "articles"}, {"out", "--master", "a", "--master", "b"},
        {"out", "--npmi-units", "docs"}}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RebuildGraphJob.OPTIONS.parse(bad));
      assertTrue(e.getMessage().matches("(?s).*" + bad[1] + "\\b(?!-).*"), e.getMessage());
    }
  }

  @Test
  void rebuildingWithTheSameAliasesGivesTheSameTablesAndCounts() throws IOException {
    SparkSession spark = TestSpark.session();
    Map<String, Long> before = SeedsRun.summary().rowsPerTable();
    copy(SeedsRun.output(), out);

    Map<String, Long> rebuilt = RebuildGraphJob.run(spark, out.toString(), org.newsgraph.graph.GraphSettings.of(NlpSettings.defaults().aliases()));

    for (var e : rebuilt.entrySet()) {
      String name = e.getKey();
      assertEquals(before.get(name), e.getValue(), name + ": rows reported");
      Dataset<Row> now = spark.read().parquet(out.resolve(name).toString());
      Dataset<Row> then = SeedsRun.table(name);
      assertEquals(e.getValue(), now.count(), name + ": rows in the table");
      assertEquals(0, now.exceptAll(then).count() + then.exceptAll(now).count(), name + ": rows differ");
    }
    assertEquals(Tables.PUBLISHED.size() - 1, rebuilt.size(), "every published table but documents");
    assertFalse(rebuilt.containsKey(Tables.DOCUMENTS));
    assertFalse(Files.exists(out.resolve("_rebuild")), "the staging folder is removed");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
