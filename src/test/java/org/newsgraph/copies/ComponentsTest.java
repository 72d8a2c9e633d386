package org.newsgraph.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;

/** Connected components, found with Spark joins and on the driver: the same roots either way. */
class ComponentsTest {
  private static final StructType EDGES = new StructType().add("a", DataTypes.StringType, false)
      .add("b", DataTypes.StringType, false);

  private static Map<String, String> roots(int localMax) {
    // a chain given from its far end (several label rounds), a star, a pair; "\uD83D\uDE00" (U+1F600)
    // sorts after "\uFFFD" by code point though not by UTF-16 unit
    List<Row> rows = List.of(RowFactory.create("e", "f"), RowFactory.create("d", "e"), RowFactory.create("c", "d"),
        RowFactory.create("b", "c"), RowFactory.create("m", "k"), RowFactory.create("m", "l"), RowFactory.create("m", "n"),
        RowFactory.create("x\uD83D\uDE00", "x\uFFFD"), RowFactory.create("y", "z"));
    Dataset<Row> edges = TestSpark.session().createDataFrame(rows, EDGES);
    Map<String, String> out = new TreeMap<>();
    for (Row r : Components.of(edges, localMax).collectAsList()) {
      out.put(r.getAs("node"), r.getAs("root"));
    }
    return out;
  }

  @Test
  void everyNodeTakesTheSmallestNodeOfItsComponent() {
    Map<String, String> spark = roots(0);
    assertEquals(Map.of("b", "b", "c", "b", "d", "b", "e", "b", "f", "b"), Map.copyOf(filter(spark, "bcdef")));
    assertEquals("k", spark.get("n"));
    assertEquals("x\uFFFD", spark.get("x\uD83D\uDE00"));
    assertEquals("y", spark.get("z"));
    assertEquals(13, spark.size());
    assertEquals(spark, roots(Components.LOCAL_EDGES_MAX));
    // more edges than the driver bound: the Spark joins again
    assertEquals(spark, roots(3));
  }

  @Test
  void codePointOrderIsSparksStringOrder() {
    assertTrue(Components.before("x\uFFFD", "x\uD83D\uDE00"));
    assertTrue(Components.before("ab", "abc"));
    assertTrue(!Components.before("abc", "abc"));
  }

  private static Map<String, String> filter(Map<String, String> m, String keys) {
    Map<String, String> out = new TreeMap<>();
    m.forEach((k, v) -> {
      if (k.length() == 1 && keys.contains(k)) {
        out.put(k, v);
      }
    });
    return out;
  }
}
