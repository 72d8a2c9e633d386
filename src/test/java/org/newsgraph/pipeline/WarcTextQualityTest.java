package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestSpark;
import org.newsgraph.ingest.WarcFixtures;
import org.newsgraph.jobs.JobOptions;

/**
 * The 91 benchmark pages read from a WARC.gz give exactly the text the same pages give as HTML files: the WARC
 * path adds provenance, never a different extraction. No CoreNLP: the comparison is of what annotation reads.
 */
class WarcTextQualityTest {
  private static Map<String, String> texts(Path in, boolean warc) {
    // Boilerplate off: outlets differ between the two paths (a WARC page's host), so would its counts.
    RunOptions o = JobOptions.parse("--input", in.toString(), "--output", in.resolveSibling("unused").toString(),
        "--format", "text", "--boilerplate-min-articles", "0").run();
    List<Row> rows = NewsgraphPipeline.prepare(TestSpark.session(), o).rows().collectAsList();
    return rows.stream().filter(r -> r.getAs("status") == null).collect(Collectors.toMap(
        r -> warc ? r.<String>getAs("source") : r.<String>getAs("source").replaceAll(".*/", ""),
        r -> r.<String>getAs("text")));
  }

  @Test
  void everyPageReadsTheSameFromWarcAsFromItsFile(@TempDir Path dir) throws Exception {
    List<WarcFixtures.Page> pages = WarcFixtures.pages(91);
    Path files = Files.createDirectories(dir.resolve("files"));
    Path warcs = Files.createDirectories(dir.resolve("warcs"));
    for (WarcFixtures.Page p : pages) {
      Files.write(files.resolve(p.id() + ".html"), p.html());
    }
    Files.write(warcs.resolve("pages.warc.gz"), WarcFixtures.archive(pages, false));
    Map<String, String> fromFiles = texts(files, false);
    Map<String, String> fromWarc = texts(warcs, true);
    assertEquals(91, fromWarc.size(), "one article per page (the truncated extra record is not one)");
    for (WarcFixtures.Page p : pages) {
      assertEquals(fromFiles.get(p.id() + ".html"), fromWarc.get(p.url()), p.url());
    }
  }
}
