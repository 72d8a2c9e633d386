package org.newsgraph.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;

/** Tables.conform orders the declared columns and refuses a computed column of another type. */
class ConformTest {
  private static final StructType DECLARED = new StructType()
      .add("entity_id", DataTypes.StringType, false)
      .add("mentions", DataTypes.LongType, false);

  private static Dataset<Row> rows(StructType schema, Object... values) {
    return TestSpark.session().createDataFrame(List.of(RowFactory.create(values)), schema);
  }

  @Test
  void declaredColumnsComeInTheirOrder() {
    StructType computed = new StructType().add("mentions", DataTypes.LongType).add("extra", DataTypes.IntegerType)
        .add("entity_id", DataTypes.StringType);
    Dataset<Row> out = Tables.conform(rows(computed, 3L, 1, "e1"), DECLARED);
    assertEquals(List.of("entity_id", "mentions"), List.of(out.columns()));
    assertEquals("e1", out.first().getAs("entity_id"));
  }

  @Test
  void aColumnOfAnotherTypeIsAnErrorNotACast() {
    StructType computed = new StructType().add("entity_id", DataTypes.StringType).add("mentions", DataTypes.StringType);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Tables.conform(rows(computed, "e1", "3"), DECLARED));
    assertTrue(e.getMessage().contains("mentions is string, declared bigint"), e.getMessage());
    StructType narrower = new StructType().add("entity_id", DataTypes.StringType).add("mentions", DataTypes.IntegerType);
    assertThrows(IllegalStateException.class, () -> Tables.conform(rows(narrower, "e1", 3), DECLARED));
  }

  @Test
  void aMissingColumnIsAnErrorNamingIt() {
    StructType computed = new StructType().add("entity_id", DataTypes.StringType);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Tables.conform(rows(computed, "e1"), DECLARED));
    assertTrue(e.getMessage().contains("column mentions missing"), e.getMessage());
  }
}
