package org.newsgraph.eval;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.options.Option;
import org.newsgraph.options.OptionSet;
import org.newsgraph.options.OptionValues;
import org.newsgraph.copies.Shingles;
import org.newsgraph.copies.Stories;
import org.newsgraph.copies.StorySettings;
import org.newsgraph.tables.RowBuilder;

/**
 * Scores story grouping on a FA-KES run against labelled article pairs ({@code docs/gold/stories-fakes.tsv},
 * how it was made: docs/gold/STORIES.md) and on synthetic copies of its articles ({@link SyntheticCopies}).
 * A pair is predicted "same story" when both articles get one story_id. Precision counts every predicted
 * pair of real articles (a pair the gold does not list shares almost no text, so it is a false merge);
 * recall is given per label and per band of the pair's shingle Jaccard similarity on the cleaned texts.
 * usage: jobs/eval-stories.sh, or StoryEvaluation --run FAKES_OUT [--gold FILE] [--synthetic N]
 * [--min-jaccard X] [--min-containment X] [--min-share X] [--root-min X] [--details FILE]
 */
public final class StoryEvaluation {
  private static final StructType DOCS = new StructType().add("doc_id", DataTypes.StringType, false)
      .add("published_date", DataTypes.DateType, true).add("text", DataTypes.StringType, true);

  record Gold(String unitA, String unitB, String label, String part, String note) {
    boolean positive() {
      return !label.equals("different");
    }
  }

  record Article(String docId, String unit, Date date, String text) {}

  static final Option<String> RUN = Option.text("run", null, "a finished run of the job on FA-KES (its output folder)").required();
  static final Option<Path> GOLD = Option.path("gold", Path.of("docs/gold/stories-fakes.tsv"), "the story gold");
  static final Option<Long> SYNTHETIC = Option.wholeNumber("synthetic", 60, 0, "synthetic copies made of FA-KES articles");
  static final Option<Double> MIN_JACCARD = Option.fraction("min-jaccard", StorySettings.MIN_JACCARD_DEFAULT,
      "as the job's --story-min-jaccard");
  static final Option<Double> MIN_CONTAINMENT = Option.fraction("min-containment", StorySettings.MIN_CONTAINMENT_DEFAULT,
      "as the job's --story-min-containment");
  static final Option<Double> MIN_SHARE = Option.fraction("min-share", StorySettings.MIN_SHARE_DEFAULT,
      "containment counts only when the shorter article has this share of the longer one's shingles");
  static final Option<Double> ROOT_MIN = Option.fraction("root-min", StorySettings.ROOT_MIN_DEFAULT,
      "the chains guard: a member less similar than this to its story's first article leaves");
  static final Option<Path> DETAILS = Option.path("details", null, "also write one TSV line per gold pair");
  public static final OptionSet OPTIONS = OptionSet.of("eval-stories", "StoryEvaluation --run FAKES_OUTPUT [options]",
      List.of(RUN, GOLD, SYNTHETIC, MIN_JACCARD, MIN_CONTAINMENT, MIN_SHARE, ROOT_MIN, DETAILS));

  private StoryEvaluation() {}

  public static void main(String[] args) throws IOException {
    OptionValues o = OPTIONS.parseOrExit(args);
    StorySettings settings = new StorySettings(o.get(MIN_JACCARD), o.get(MIN_CONTAINMENT), o.get(MIN_SHARE),
        o.get(ROOT_MIN));
    List<Gold> gold = readGold(o.get(GOLD));
    SparkSession spark = SparkSession.builder().master("local[2]").appName("newsgraph-eval-stories")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    List<Article> real = new ArrayList<>();
    for (Row r : spark.read().parquet(o.get(RUN) + "/documents").where(col("status").equalTo("ok"))
        .select("doc_id", "source", "published_date", "text").orderBy("doc_id").collectAsList()) {
      String source = r.getAs("source");
      real.add(new Article(r.getAs("doc_id"), source.substring(source.lastIndexOf('#') + 1),
          r.getAs("published_date"), r.getAs("text")));
    }
    Map<String, SyntheticCopies.Kind> synthetic = new LinkedHashMap<>();
    Map<String, String> originalOf = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (Article a : real) {
      rows.add(doc(a.docId(), a.date(), a.text()));
    }
    List<Article> originals = sample(real, Math.toIntExact(o.get(SYNTHETIC)));
    for (int i = 0; i < originals.size(); i++) {
      Article a = originals.get(i);
      Article other = originals.get((i + 1) % originals.size());
      for (SyntheticCopies.Copy c : SyntheticCopies.of(a.text(), other.text())) {
        String id = "syn-" + c.kind().name().toLowerCase() + "-" + a.docId();
        synthetic.put(id, c.kind());
        originalOf.put(id, a.docId());
        rows.add(doc(id, a.date(), c.text()));
      }
    }
    Dataset<Row> docs = spark.createDataFrame(rows, DOCS);
    long t0 = System.nanoTime();
    Map<String, String> story = new HashMap<>();
    for (Row r : Stories.find(docs, settings).select("doc_id", "story_id").collectAsList()) {
      story.put(r.getAs("doc_id"), r.getAs("story_id"));
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    spark.stop();
    Map<String, String> textOf = new HashMap<>();
    rows.forEach(r -> textOf.put(r.getAs("doc_id"), r.getAs("text")));
    PrintStream out = System.out;
    out.printf("story grouping: %s, %d FA-KES articles + %d synthetic, grouped in %.1f s%n", settings, real.size(),
        synthetic.size(), secs);
    List<String> details = new ArrayList<>();
    details.add("part\tunit_a\tunit_b\tlabel\tjaccard\tcontainment\tpredicted_same\tnote");
    RealScores.report(out, gold, real, story, textOf, details);
    syntheticReport(out, synthetic, originalOf, story, textOf);
    if (o.get(DETAILS) != null) {
      Files.write(o.get(DETAILS), details);
    }
  }

  /** Every k-th article with enough sentences to trim and reorder, in doc_id order. */
  static List<Article> sample(List<Article> real, int n) {
    List<Article> long8 = real.stream().filter(a -> SyntheticCopies.sentences(a.text()).size() >= 8).toList();
    List<Article> out = new ArrayList<>();
    if (n <= 0 || long8.isEmpty()) {
      return out;
    }
    int step = Math.max(1, long8.size() / n);
    for (int i = 0; i < long8.size() && out.size() < n; i += step) {
      out.add(long8.get(i));
    }
    return out;
  }

  private static void syntheticReport(PrintStream out, Map<String, SyntheticCopies.Kind> synthetic,
                                      Map<String, String> originalOf, Map<String, String> story,
                                      Map<String, String> textOf) {
    Map<SyntheticCopies.Kind, int[]> byKind = new TreeMap<>();
    Map<SyntheticCopies.Kind, double[]> jac = new TreeMap<>();
    int[] high = new int[2];
    for (var e : synthetic.entrySet()) {
      String orig = originalOf.get(e.getKey());
      boolean same = story.get(e.getKey()).equals(story.get(orig));
      double j = Shingles.jaccard(Shingles.of(textOf.get(e.getKey())), Shingles.of(textOf.get(orig)));
      int[] c = byKind.computeIfAbsent(e.getValue(), k -> new int[2]);
      c[0] += same ? 1 : 0;
      c[1]++;
      jac.computeIfAbsent(e.getValue(), k -> new double[1])[0] += j;
      if (e.getValue().sameStory && j >= 0.9) {
        high[0] += same ? 1 : 0;
        high[1]++;
      }
    }
    out.println();
    out.println("| synthetic (copy of a FA-KES article) | pairs | grouped with the original | mean Jaccard |");
    out.println("|---|---:|---:|---:|");
    byKind.forEach((k, c) -> out.printf("| %s%s | %d | %d (%.3f) | %.3f |%n", k.name().toLowerCase(),
        k.sameStory ? "" : " (must stay apart)", c[1], c[0], (double) c[0] / c[1], jac.get(k)[0] / c[1]));
    out.printf("synthetic copies with Jaccard >= 0.9: recall %d/%d%n", high[0], high[1]);
  }

  private static List<Gold> readGold(Path file) throws IOException {
    List<Gold> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (!f[4].equals("same_unit")) {
        out.add(new Gold(f[0], f[1], f[4], f[5], f.length > 6 ? f[6] : ""));
      }
    }
    return out;
  }

  private static Row doc(String id, Date date, String text) {
    return RowBuilder.of(DOCS).set("doc_id", id).set("published_date", date).set("text", text).build();
  }
}
