package org.newsgraph.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Rows are built by column name: two columns of one type declared in the other order keep their values,
 * and a name the schema lacks or a required column left unset is an error, not a shifted row.
 */
class RowBuilderTest {
  private static final StructType SPAN = new StructType()
      .add("begin", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("label", DataTypes.StringType, true);
  private static final StructType SWAPPED = new StructType()
      .add("end", DataTypes.IntegerType, false)
      .add("begin", DataTypes.IntegerType, false)
      .add("label", DataTypes.StringType, true);

  private static Row span(StructType schema) {
    return RowBuilder.of(schema).set("begin", 3).set("end", 9).build();
  }

  @Test
  void sameTypedColumnsInEitherOrderKeepTheirValues() {
    for (StructType schema : new StructType[] {SPAN, SWAPPED}) {
      Row r = span(schema);
      assertEquals(3, r.<Integer>getAs("begin"));
      assertEquals(9, r.<Integer>getAs("end"));
      assertNull(r.getAs("label"));
    }
    assertEquals(3, span(SPAN).getInt(0));
    assertEquals(9, span(SWAPPED).getInt(0));
  }

  @Test
  void anUnknownColumnIsAnErrorNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RowBuilder.of(SPAN).set("start", 3));
    assertTrue(e.getMessage().contains("no column start"), e.getMessage());
  }

  @Test
  void aRequiredColumnLeftUnsetOrNullIsAnError() {
    IllegalStateException unset = assertThrows(IllegalStateException.class,
        () -> RowBuilder.of(SPAN).set("begin", 3).build());
    assertTrue(unset.getMessage().contains("column end is not nullable but was never set"), unset.getMessage());
    IllegalStateException nulled = assertThrows(IllegalStateException.class,
        () -> RowBuilder.of(SPAN).set("begin", 3).set("end", null).build());
    assertTrue(nulled.getMessage().contains("was set to null"), nulled.getMessage());
  }

  @Test
  void fromCopiesTheColumnsOfTheSameNameWhateverTheirPosition() {
    Row source = RowBuilder.of(SWAPPED).set("begin", 3).set("end", 9).set("label", "x").build();
    Row copied = RowBuilder.from(source, SPAN).build();
    assertEquals(3, copied.getInt(0));
    assertEquals(9, copied.getInt(1));
    assertEquals("x", copied.getString(2));
  }
}
