package org.newsgraph.copies;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring_index;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.tables.RowBuilder;
import org.apache.spark.storage.StorageLevel;

/**
 * Groups items that are near-copies of each other, without comparing all pairs. Exact copies (one
 * {@code exact} key) are grouped first and only the earliest of each goes on, so a text repeated a
 * thousand times costs what one costs; of those, items that share an LSH band ({@link MinHash}) are
 * candidates, a {@link PairRule} confirms them, groups are the connected
 * components of confirmed pairs, and each group's root is its smallest {@code order} (the earliest item).
 * Chains guard: a member less similar to its root than {@code rootMin} (it came in through a chain of
 * partial overlaps, not as a copy of the root) leaves the group and is grouped again with the others
 * that left, up to {@link #ROUNDS} times; what is still left is a group of its own.
 */
final class NearDuplicates {
  /** Members of one band bucket beyond which each is compared with the first and the one before it (no n^2). */
  static final int BUCKET_PAIRS_MAX = 100;
  /** Confirmed pairs up to which groups are formed on the driver: a few megabytes reach it. */
  static final int LOCAL_EDGES_MAX = 200_000;
  static final int ROUNDS = 3;
  /** The date an undated item sorts by: after every dated one. */
  static final String UNDATED = "9999-12-31";
  private static final String SEP = "|";
  static final StructType GROUPED = new StructType().add("node", DataTypes.StringType)
      .add("root", DataTypes.StringType).add("sim", DataTypes.DoubleType);
  private static final StructType PAIR = new StructType()
      .add("a", DataTypes.StringType, false)
      .add("b", DataTypes.StringType, false);
  private static final StructType SCORED = PAIR.add("sim", DataTypes.DoubleType, false)
      .add("confirmed", DataTypes.BooleanType, false);

  /** Whether two items (rows of the signed input, by column name) are copies, and how similar they are. */
  interface PairRule extends Serializable {
    double similarity(Row a, Row b);

    boolean confirms(Row a, Row b);
  }

  private NearDuplicates() {}

  /**
   * @param signed one row per item: {@code order} (unique, sortable: the minimum of a group is its root),
   *               {@code exact} (items with one key are copies without further test; give an item that
   *               must not be grouped so a key of its own), {@code bands} (array of LSH band keys) and
   *               whatever the rule reads
   * @return node (an item's order), root and the item's similarity to the root, for every item in a group
   *         of two or more; the caller releases nothing (what is cached here is released here)
   */
  static Dataset<Row> group(Dataset<Row> all, PairRule rule, double rootMin) {
    return group(all, rule, rootMin, LOCAL_EDGES_MAX);
  }

  /** @param localMax confirmed pairs up to which groups are formed on the driver (0: always with Spark joins) */
  static Dataset<Row> group(Dataset<Row> all, PairRule rule, double rootMin, int localMax) {
    Dataset<Row> repOf = all.select(col("order"), col("exact"))
        .join(all.groupBy("exact").agg(min("order").as("rep")), "exact").select("order", "rep")
        .localCheckpoint();
    Dataset<Row> signed = all.join(repOf.where(col("order").equalTo(col("rep"))).select("order"), "order");
    Dataset<Row> items = signed.select(col("order").as("key"), struct(col("*")).as("item"));
    Dataset<Row> candidates = signed.select(col("order"), explode(col("bands")).as("band"))
        .groupBy("band").agg(collect_list("order").as("members"))
        .where(size(col("members")).gt(1))
        .flatMap(new BucketPairs(), Encoders.row(PAIR)).distinct();
    Dataset<Row> confirmed = score(candidates, items, rule).where(col("confirmed")).select("a", "b", "sim")
        .persist(StorageLevel.MEMORY_AND_DISK());
    List<Row> few = localMax > 0 ? confirmed.limit(localMax + 1).collectAsList() : null;
    Dataset<Row> grouped = few != null && few.size() <= localMax
        ? new DriverGroups(few, items, rule, rootMin).grouped(all.sparkSession())
        : withJoins(confirmed.select("a", "b"), items, rule, rootMin);
    // An exact copy takes its representative's root and similarity. Computed here, so that what it was
    // computed from can be released.
    Dataset<Row> out = repOf.join(grouped.withColumnRenamed("node", "rep"), new String[] {"rep"}, "left")
        .where(col("root").isNotNull().or(col("order").notEqual(col("rep"))))
        .select(col("order").as("node"), coalesce(col("root"), col("rep")).as("root"),
            coalesce(col("sim"), lit(1.0)).as("sim"))
        .localCheckpoint();
    confirmed.unpersist();
    return out;
  }

  /** The groups and the chains guard as Spark joins: components, then each member scored against its root. */
  private static Dataset<Row> withJoins(Dataset<Row> confirmed, Dataset<Row> items, PairRule rule, double rootMin) {
    List<Dataset<Row>> cached = new ArrayList<>();
    Dataset<Row> grouped = items.sparkSession().createDataFrame(List.of(), GROUPED);
    Dataset<Row> edges = confirmed;
    for (int round = 0; round < ROUNDS && !edges.isEmpty(); round++) {
      Dataset<Row> roots = Components.of(edges);
      Dataset<Row> checked = score(roots.select(col("root").as("a"), col("node").as("b")), items, rule)
          .select(col("b").as("node"), col("a").as("root"), col("sim")).persist(StorageLevel.MEMORY_AND_DISK());
      cached.add(checked);
      Dataset<Row> kept = checked.where(col("node").equalTo(col("root")).or(col("sim").geq(rootMin)));
      grouped = grouped.union(kept);
      Dataset<Row> left = checked.join(kept.select("node"), new String[] {"node"}, "left_anti").select("node")
          .localCheckpoint();
      if (left.isEmpty()) {
        break;
      }
      edges = edges.join(left.withColumnRenamed("node", "a"), "a").join(left.withColumnRenamed("node", "b"), "b")
          .select("a", "b");
    }
    Dataset<Row> out = grouped.localCheckpoint();
    cached.forEach(Dataset::unpersist);
    return out;
  }

  /**
   * The same groups and guard on the driver, for a few confirmed pairs: union-find, and each member's
   * similarity to its root taken from the pair that confirmed them when there is one; only members with no
   * such pair (joined through a chain) are scored, in one Spark job per round.
   */
  private static final class DriverGroups {
    private final List<String[]> edges = new ArrayList<>();
    private final Map<String, Double> sims = new HashMap<>();
    private final Dataset<Row> items;
    private final PairRule rule;
    private final double rootMin;

    DriverGroups(List<Row> confirmed, Dataset<Row> items, PairRule rule, double rootMin) {
      for (Row r : confirmed) {
        String a = r.getAs("a");
        String b = r.getAs("b");
        edges.add(new String[] {a, b});
        sims.put(pairKey(a, b), r.getAs("sim"));
      }
      this.items = items;
      this.rule = rule;
      this.rootMin = rootMin;
    }

    Dataset<Row> grouped(SparkSession spark) {
      List<Row> kept = new ArrayList<>();
      List<String[]> current = edges;
      for (int round = 0; round < ROUNDS && !current.isEmpty(); round++) {
        Map<String, String> roots = Components.roots(current);
        scoreMissing(spark, roots);
        Set<String> left = new HashSet<>();
        roots.forEach((node, root) -> {
          double sim = node.equals(root) ? 1.0 : sims.get(pairKey(root, node));
          if (node.equals(root) || sim >= rootMin) {
            kept.add(RowBuilder.of(GROUPED).set("node", node).set("root", root).set("sim", sim).build());
          } else {
            left.add(node);
          }
        });
        List<String[]> next = new ArrayList<>();
        for (String[] e : current) {
          if (left.contains(e[0]) && left.contains(e[1])) {
            next.add(e);
          }
        }
        current = next;
      }
      return spark.createDataFrame(kept, GROUPED);
    }

    /** Scores, in one job, the members whose similarity to their root no confirmed pair gives. */
    private void scoreMissing(SparkSession spark, Map<String, String> roots) {
      List<Row> missing = new ArrayList<>();
      roots.forEach((node, root) -> {
        if (!node.equals(root) && !sims.containsKey(pairKey(root, node))) {
          missing.add(pair(root, node));
        }
      });
      if (missing.isEmpty()) {
        return;
      }
      for (Row r : score(spark.createDataFrame(missing, PAIR), items, rule).collectAsList()) {
        sims.put(pairKey(r.getAs("a"), r.getAs("b")), r.getAs("sim"));
      }
    }

    private static String pairKey(String a, String b) {
      return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
  }

  private static Dataset<Row> score(Dataset<Row> pairs, Dataset<Row> items, PairRule rule) {
    return pairs.join(items.select(col("key").as("a"), col("item").as("ia")), "a")
        .join(items.select(col("key").as("b"), col("item").as("ib")), "b")
        .map(new Score(rule), Encoders.row(SCORED));
  }

  /** a, b, ia, ib -> a, b, sim, confirmed. */
  private static final class Score implements MapFunction<Row, Row> {
    private final PairRule rule;

    Score(PairRule rule) {
      this.rule = rule;
    }

    @Override
    public Row call(Row r) {
      Row a = r.getStruct(r.fieldIndex("ia"));
      Row b = r.getStruct(r.fieldIndex("ib"));
      return RowBuilder.from(r, SCORED).set("sim", rule.similarity(a, b)).set("confirmed", rule.confirms(a, b))
          .build();
    }
  }

  /** One band bucket's members -> candidate pairs, earlier member first. */
  private static final class BucketPairs implements FlatMapFunction<Row, Row> {
    @Override
    public Iterator<Row> call(Row bucket) {
      List<String> members = new ArrayList<>(bucket.getList(bucket.fieldIndex("members")));
      members.sort(null);
      List<Row> out = new ArrayList<>();
      if (members.size() > BUCKET_PAIRS_MAX) {
        // A bucket this full is mostly one text in many near copies: each member is compared with the
        // first and with the one before it, which keeps the group together in 2n comparisons, not n^2.
        for (int j = 1; j < members.size(); j++) {
          out.add(pair(members.get(0), members.get(j)));
          if (j > 1) {
            out.add(pair(members.get(j - 1), members.get(j)));
          }
        }
        return out.iterator();
      }
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          out.add(pair(members.get(i), members.get(j)));
        }
      }
      return out.iterator();
    }
  }

  private static Row pair(String a, String b) {
    return RowBuilder.of(PAIR).set("a", a).set("b", b).build();
  }

  /** The order key of an item: its date (undated last), then its id; the minimum of a group is its root. */
  static String order(Object date, String id) {
    return (date == null ? UNDATED : date.toString()) + SEP + id;
  }

  /** The id inside an order key. */
  static Column idOf(Column order) {
    return substring_index(order, SEP, -1);
  }

  /** A set's exact-copy key; an empty set gets {@code alone}, so that items without content never group. */
  static long exactKey(long scope, long[] set, String alone) {
    if (set.length == 0) {
      return Shingles.mix(Shingles.hash(alone) ^ 0x51ed);
    }
    long h = Shingles.mix(scope + 0x9e3779b97f4a7c15L);
    for (long x : set) {
      h = Shingles.mix(h ^ x);
    }
    return h;
  }

  /** An array&lt;bigint&gt; column: a long[] when the row comes straight from a map, else a Seq. */
  static long[] longs(Row r, String column) {
    Object v = r.get(r.fieldIndex(column));
    if (v instanceof long[] xs) {
      return xs;
    }
    List<Long> xs = r.getList(r.fieldIndex(column));
    long[] out = new long[xs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = xs.get(i);
    }
    return out;
  }
}
