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

  public static void main(String[] args) throws IOException {
    String run = null;
    Path gold = Path.of("docs/gold/statements-fakes.tsv");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--run" -> run = args[i + 1];
        case "--gold" -> gold = Path.of(args[i + 1]);
        default -> usage("unknown option " + args[i]);
      }
    }
    if (run == null || args.length % 2 != 0) {
      usage("give --run FAKES_OUTPUT_FOLDER");
    }
    SparkSession spark = SparkSession.builder().master("local[2]").appName("newsgraph-eval-statements")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    Map<String, String> statementOf = new HashMap<>();
    for (Row r : spark.read().parquet(run + "/quotes").select(col("quote_id"), col("statement_id")).collectAsList()) {
      statementOf.put(r.getString(0), r.getString(1));
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

  private static void usage(String problem) {
    System.err.println("StatementEvaluation: " + problem + "\nusage: StatementEvaluation --run FAKES_OUTPUT [--gold FILE]");
    System.exit(2);
  }
}
