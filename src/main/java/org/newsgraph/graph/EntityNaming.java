package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.tables.RowBuilder;
import org.newsgraph.tables.Tables;

/**
 * An entity's name, type and aliases from the counts of its surface forms across the run (a SQL function
 * over the collected (text, name, type, from_alias, n) rows of one entity, one per distinct form, so the
 * list is bounded by the entity's spellings, not by its mentions). For names, an all-capitals form loses to
 * the same name in mixed case; then the alias file wins; then the most frequent; then the longest, then
 * alphabetical order, so the choice never depends on row order.
 */
final class EntityNaming implements UDF1<scala.collection.Seq<Row>, Row> {
  static final String NAME = "newsgraph_entity_naming";
  static final StructType RESULT = new StructType()
      .add("name", DataTypes.StringType, false)
      .add("type", DataTypes.StringType, false)
      .add(Tables.ENTITY.apply("aliases"));

  private static final Comparator<String> CODE_POINTS = (a, b) -> {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    return java.util.Arrays.compare(x, y);
  };

  @Override
  public Row call(scala.collection.Seq<Row> formsSeq) {
    List<Row> forms = scala.jdk.javaapi.CollectionConverters.asJava(formsSeq);
    Map<String, long[]> names = new HashMap<>();
    Map<String, long[]> types = new HashMap<>();
    Map<String, long[]> texts = new HashMap<>();
    for (Row f : forms) {
      long n = f.<Long>getAs("n");
      long alias = f.<Boolean>getAs("from_alias") ? 1 : 0;
      vote(names, f.getAs("name"), n, alias);
      vote(types, f.getAs("type"), n, alias);
      vote(texts, f.getAs("text"), n, 0);
    }
    Comparator<Map.Entry<String, long[]>> byVotes = Comparator
        .<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[1])
        .thenComparingLong(e -> -e.getValue()[0]);
    // Spark counts characters in code points and orders strings by code point (UTF-8 bytes); Java's
    // length() and compareTo() count UTF-16 units, which differ beyond the Basic Multilingual Plane.
    Comparator<Map.Entry<String, long[]>> byKey = (a, b) -> CODE_POINTS.compare(a.getKey(), b.getKey());
    Comparator<Map.Entry<String, long[]>> byShouting = Comparator.comparingInt(e -> shouted(e.getKey(), names) ? 1 : 0);
    String name = names.entrySet().stream()
        .min(byShouting.thenComparing(byVotes)
            .thenComparingInt(e -> -e.getKey().codePointCount(0, e.getKey().length())).thenComparing(byKey))
        .orElseThrow().getKey();
    String type = types.entrySet().stream().min(byVotes.thenComparing(byKey)).orElseThrow().getKey();
    List<Row> aliases = new ArrayList<>();
    texts.entrySet().stream().sorted(byVotes.thenComparing(byKey))
        .forEach(e -> aliases.add(RowBuilder.of(Tables.ALIAS_COUNT)
            .set("alias", e.getKey()).set("count", e.getValue()[0]).build()));
    return RowBuilder.of(RESULT).set("name", name).set("type", type).set("aliases", aliases).build();
  }

  /**
   * An upper-case form of five letters or more ("BEIRUT", "DAESH" in datelines and headlines) when the same
   * name is also written in mixed case: the mixed-case form names the entity. Acronyms ("SANA") are shorter.
   */
  static boolean shouted(String name, Map<String, long[]> names) {
    if (name.codePointCount(0, name.length()) < 5 || !name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
      return false;
    }
    for (String other : names.keySet()) {
      if (!other.equals(name) && other.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /** votes[0] = count, votes[1] = 1 if any vote came from the alias file. */
  private static void vote(Map<String, long[]> votes, String value, long n, long alias) {
    long[] v = votes.computeIfAbsent(value, x -> new long[2]);
    v[0] += n;
    v[1] = Math.max(v[1], alias);
  }
}
