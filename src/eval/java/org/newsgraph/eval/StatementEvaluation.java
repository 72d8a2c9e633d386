package org.newsgraph.eval;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.options.Option;
import org.newsgraph.options.OptionSet;
import org.newsgraph.options.OptionValues;

/**
 * Scores statement grouping on a FA-KES run against labelled quote pairs ({@code docs/gold/statements-fakes.tsv},
 * how it was made: docs/gold/STORIES.md). A pair is predicted "same statement" when both quotes carry one
 * statement_id. Positive labels: same, recurring (one source's background line reprinted across stories)
 * and bad_speaker (the same text under a speaker field that is no speaker). The labelled pairs were drawn
 * from one run's groups and from near misses, so recall is over that pool; pairs a later rule groups that
 * the gold does not hold are counted and listed, not scored.
 * usage: jobs/eval-copies.sh, or StatementEvaluation --run FAKES_OUT [--gold FILE]
 */
public final class StatementEvaluation {
  private static final Set<String> POSITIVE = Set.of("same", "recurring", "bad_speaker");

  private StatementEvaluation() {}

  static final Option<String> RUN = Option.text("run", null, "a finished run of the job on FA-KES (its output folder)").required();
  static final Option<Path> GOLD = Option.path("gold", Path.of("docs/gold/statements-fakes.tsv"), "the statement gold");
  public static final OptionSet OPTIONS = OptionSet.of("eval-statements", "StatementEvaluation --run FAKES_OUTPUT [--gold FILE]",
      List.of(RUN, GOLD));

  public static void main(String[] args) throws IOException {
    OptionValues o = OPTIONS.parseOrExit(args);
    String run = o.get(RUN);
    Path gold = o.get(GOLD);
    SparkSession spark = SparkSession.builder().master("local[2]").appName("newsgraph-eval-statements")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    Map<String, String> statementOf = new HashMap<>();
    for (Row r : spark.read().parquet(run + "/quotes").select(col("quote_id"), col("statement_id")).collectAsList()) {
      statementOf.put(r.getAs("quote_id"), r.getAs("statement_id"));
    }
    long grouped = spark.read().parquet(run + "/quotes").groupBy("statement_id").count().where("count > 1").count();
    spark.stop();
    report(System.out, Files.readAllLines(gold), statementOf, grouped);
  }

  static void report(PrintStream out, List<String> gold, Map<String, String> statementOf, long grouped) {
    out.printf("statement grouping: %d quotes, %d statements with more than one quote%n", statementOf.size(), grouped);
    out.println();
    out.println("| FA-KES quote pairs | part | labelled | gold same | predicted same | correct | precision | recall "
        + "| recall same | recall recurring | missing quotes |");
    out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String part : List.of("tuning", "held-out")) {
      int labelled = 0;
      int positive = 0;
      int predicted = 0;
      int correct = 0;
      int[] same = new int[2];
      int[] recurring = new int[2];
      int missing = 0;
      for (String line : gold.subList(1, gold.size())) {
        String[] f = line.split("\t", -1);
        if (!f[8].equals(part)) {
          continue;
        }
        String a = statementOf.get(f[0]);
        String b = statementOf.get(f[1]);
        if (a == null || b == null) {
          missing++;
          continue;
        }
        labelled++;
        boolean gp = POSITIVE.contains(f[7]);
        boolean pp = a.equals(b);
        positive += gp ? 1 : 0;
        predicted += pp ? 1 : 0;
        correct += gp && pp ? 1 : 0;
        if (f[7].equals("same")) {
          same[0] += pp ? 1 : 0;
          same[1]++;
        } else if (f[7].equals("recurring")) {
          recurring[0] += pp ? 1 : 0;
          recurring[1]++;
        }
      }
      out.printf("| | %s | %d | %d | %d | %d | %s | %s | %d/%d | %d/%d | %d |%n", part, labelled, positive, predicted,
          correct, ratio(correct, predicted), ratio(correct, positive), same[0], same[1], recurring[0], recurring[1],
          missing);
    }
  }

  private static String ratio(int a, int b) {
    return b == 0 ? "-" : String.format("%.3f", (double) a / b);
  }
}
