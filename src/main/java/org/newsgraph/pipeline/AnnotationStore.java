package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.tables.Tables;

/**
 * The store of record under OUT/annotations: one folder per run ("batch=20261122T031500Z"), each holding
 * that run's annotated articles (a document row with its nested mentions and quotes), written by one
 * Spark job. A batch counts only once its _SUCCESS marker exists, so a run killed midway leaves nothing
 * that counts, and the next run re-annotates exactly the articles it lost. The published tables are
 * rebuilt from all batches at the end of every run.
 */
final class AnnotationStore {
  static final String FOLDER = "annotations";
  /** The stored rows: the annotated schema plus the batch column from the folder names. */
  static final StructType SCHEMA = Tables.ANNOTATED.add("batch", DataTypes.StringType, true);
  private static final DateTimeFormatter BATCH = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  private final SparkSession spark;
  private final Path root;
  private final FileSystem fs;

  AnnotationStore(SparkSession spark, String output) {
    this.spark = spark;
    this.root = new Path(output, FOLDER);
    try {
      this.fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open output " + output + ": " + e.getMessage(), e);
    }
  }

  /** Removes batches without a _SUCCESS marker (a killed run); with {@code everything}, all batches. */
  int clean(boolean everything) {
    int removed = 0;
    try {
      if (!fs.exists(root)) {
        return 0;
      }
      for (FileStatus st : fs.listStatus(root)) {
        boolean incomplete = st.isDirectory() && !fs.exists(new Path(st.getPath(), "_SUCCESS"));
        if (everything || incomplete || st.getPath().getName().startsWith("_")) {
          fs.delete(st.getPath(), true);
          removed += st.isDirectory() && st.getPath().getName().startsWith("batch=") ? 1 : 0;
        }
      }
      return removed;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean " + root + ": " + e.getMessage(), e);
    }
  }

  boolean isEmpty() {
    try {
      return !fs.exists(root) || fs.listStatus(root, p -> p.getName().startsWith("batch=")).length == 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All committed annotated articles, one row per doc_id (the first batch wins should one repeat). */
  Dataset<Row> read() {
    return spark.read().schema(SCHEMA).parquet(root.toString()).dropDuplicates("doc_id");
  }

  static String newBatchName() {
    return "batch=" + BATCH.format(Instant.now());
  }

  String pathOf(String batch) {
    return new Path(root, batch).toString();
  }
}
