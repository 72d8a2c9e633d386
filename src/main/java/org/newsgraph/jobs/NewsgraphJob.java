package org.newsgraph.jobs;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.pipeline.ModelPreload;
import org.newsgraph.pipeline.NewsgraphPipeline;
import org.newsgraph.pipeline.RunOptions;
import org.newsgraph.pipeline.RunSummary;

/** Entry point: parse options, build the session, run, print the summary. No logic lives here. */
public final class NewsgraphJob {
  private NewsgraphJob() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.print(JobOptions.OPTIONS.help());
      System.exit(2);
    }
    JobOptions options = JobOptions.of(JobOptions.OPTIONS.parseOrExit(args));
    RunOptions run = options.run();
    SparkSession spark = session(options.master(), run.nlp());
    int code = 0;
    try {
      RunSummary summary = run(spark, run);
      System.out.print(summary.render());
    } catch (RuntimeException e) {
      System.err.println("newsgraph: the run failed: " + e);
      e.printStackTrace();
      code = 1;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  public static RunSummary run(SparkSession spark, RunOptions options) {
    return NewsgraphPipeline.run(spark, options);
  }

  /** spark-submit sets spark.master itself; --master only applies to direct launches (run-local.sh). */
  static SparkSession session(String master, NlpSettings nlp) {
    SparkConf conf = new SparkConf().setAppName("newsgraph");
    ModelPreload.enable(conf, nlp);
    if (!conf.contains("spark.master")) {
      conf.setMaster(master);
      if (master.startsWith("local") && !conf.contains("spark.sql.shuffle.partitions")) {
        // Spark's default of 200 shuffle partitions is sized for clusters; on one machine the graph
        // stage's many small joins then spend most of their time scheduling empty tasks. One partition
        // per core keeps every core busy and no more (docs/BENCHMARKS.md); AQE still coalesces small ones.
        conf.set("spark.sql.shuffle.partitions", Integer.toString(Runtime.getRuntime().availableProcessors()));
      }
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
