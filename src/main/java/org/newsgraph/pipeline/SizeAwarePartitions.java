package org.newsgraph.pipeline;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Places articles on annotation tasks by size. CoreNLP's cost grows with the length of an article, and
 * archives mix 200-word briefs with 20,000-word features: hashing doc ids gives partitions of equal
 * article counts but unequal text, and the partition that drew the long features finishes last while
 * the other cores idle. Here articles are sorted longest first and dealt to the partitions in snake
 * order (0..n-1, then n-1..0, ...), so every partition gets one article of each size band and about the
 * same amount of text. The order is fixed by (length, doc_id), so a retried task sees the same articles.
 */
final class SizeAwarePartitions {
  private SizeAwarePartitions() {}

  /** The rows of {@code raw} (schema unchanged) in {@code partitions} partitions of similar total length. */
  static Dataset<Row> deal(SparkSession spark, Dataset<Row> raw, int partitions) {
    JavaRDD<Row> longestFirst = raw
        .orderBy(length(coalesce(col("text"), lit(""))).desc(), col("doc_id"))
        .javaRDD();
    JavaRDD<Row> dealt = longestFirst.zipWithIndex()
        .mapToPair(t -> new Tuple2<>(slot(t._2(), partitions), t._1()))
        .partitionBy(new Slots(partitions))
        .values();
    return spark.createDataFrame(dealt, raw.schema());
  }

  /** The partition of the article at {@code rank} in longest-first order: snake order over the slots. */
  static int slot(long rank, int partitions) {
    long round = rank / partitions;
    int i = (int) (rank % partitions);
    return round % 2 == 0 ? i : partitions - 1 - i;
  }

  /** Key i goes to partition i: hashing the slot numbers would put two slots on one partition. */
  private static final class Slots extends Partitioner {
    private final int n;

    Slots(int n) {
      this.n = n;
    }

    @Override
    public int numPartitions() {
      return n;
    }

    @Override
    public int getPartition(Object key) {
      return (Integer) key;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Slots s && s.n == n;
    }

    @Override
    public int hashCode() {
      return n;
    }
  }
}
