package org.newsgraph.pipeline;

import org.apache.spark.SparkContext;

/**
 * The label Spark's UI shows for the jobs a block of code starts, set for that block only: closing it puts
 * back the label that was there before, so a helper that labels its own jobs never leaves its label on the
 * caller's later jobs. The label is a thread-local Spark property, as Spark keeps it.
 */
final class JobDescription implements AutoCloseable {
  private static final String KEY = "spark.job.description";
  private final SparkContext sc;
  private final String previous;

  private JobDescription(SparkContext sc, String label) {
    this.sc = sc;
    this.previous = sc.getLocalProperty(KEY);
    sc.setJobDescription(label);
  }

  static JobDescription of(SparkContext sc, String label) {
    return new JobDescription(sc, label);
  }

  @Override
  public void close() {
    sc.setJobDescription(previous);
  }
}
