package org.newsgraph;

import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of the test JVM: local[2], UI off, driver on 127.0.0.1. Never stopped by a test;
 * the JVM's exit does it, so every test class shares it (and the CoreNLP pipeline, which lives per JVM).
 */
public final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("newsgraph-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.sql.warehouse.dir", System.getProperty("java.io.tmpdir") + "/spark-warehouse")
          .getOrCreate();
    }
    return session;
  }
}
