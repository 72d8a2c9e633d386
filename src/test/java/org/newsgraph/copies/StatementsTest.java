package org.newsgraph.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;

/** Statement grouping with real Spark on hand-made quotes: what is one statement and what is not. */
class StatementsTest {
  private static final StructType QUOTES = new StructType().add("quote_id", DataTypes.StringType)
      .add("kind", DataTypes.StringType).add("text", DataTypes.StringType).add("doc_id", DataTypes.StringType)
      .add("published_date", DataTypes.DateType).add("outlet", DataTypes.StringType)
      .add("story_id", DataTypes.StringType).add("speaker_entity_id", DataTypes.StringType)
      .add("speaker_name", DataTypes.StringType);
  private static final String LAVROV = "e-lavrov";
  private static final String QUOTE = "\"As you know, Russian air forces spotted this movement and attacked this convoy,\"";

  private final List<Row> rows = new ArrayList<>();

  private void quote(String id, String kind, String text, String date, String outlet, String story, String speaker) {
    rows.add(RowFactory.create(id, kind, text, "doc-" + id, Date.valueOf(date), outlet, story, speaker,
        speaker == null ? "a source" : "Sergey Lavrov"));
  }

  private Map<String, String> statements() {
    Map<String, String> out = new HashMap<>();
    var result = Statements.find(TestSpark.session().createDataFrame(rows, QUOTES), StatementSettings.DEFAULT);
    for (Row r : result.statementOf().collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    return out;
  }

  @Test
  void reprintsTrimsAndRewordingsOfOneStatementAreOneAndOthersStayApart() {
    quote("a", "direct", QUOTE, "2017-06-01", "Axar.az", "s1", LAVROV);
    quote("b", "direct", QUOTE, "2017-06-02", "MNA", "s2", LAVROV);
    quote("trim", "direct", "\"Russian air forces spotted this movement and attacked this convoy\"", "2017-06-05",
        "Reuters", "s3", LAVROV);
    quote("other-speaker", "direct", QUOTE, "2017-06-02", "TASS", "s4", "e-shoigu");
    quote("indirect", "indirect", "Russian air forces had spotted the convoy's movement and attacked the convoy",
        "2017-06-03", "Sputnik", "s5", LAVROV);
    quote("indirect-late", "indirect", "Russian aircraft spotted the movement of the convoy and attacked it",
        "2017-07-20", "Sputnik", "s6", LAVROV);
    quote("different", "direct", "\"We will continue to fight terrorists in Syria until the end,\"", "2017-06-01",
        "Axar.az", "s1", LAVROV);
    quote("short1", "direct", "\"terrorists\"", "2017-06-01", "Axar.az", "s1", LAVROV);
    quote("short2", "direct", "\"terrorists\"", "2017-06-02", "MNA", "s7", LAVROV);
    quote("short-copy", "direct", "\"terrorists\"", "2017-06-02", "MNA", "s1", LAVROV);
    quote("empty1", "indirect", "it is", "2017-06-01", "Axar.az", "s1", null);
    quote("empty2", "indirect", "it is", "2017-06-01", "Axar.az", "s1", null);
    quote("empty3", "indirect", "it is", "2017-06-01", "Axar.az", "s8", null);
    Map<String, String> s = statements();
    assertEquals("a", s.get("b"), "a reprint is the earliest quote's statement");
    assertEquals("a", s.get("trim"), "a trimmed quotation too, days later");
    assertEquals("a", s.get("indirect"), "the same claim in indirect speech two days later");
    assertNotEquals("a", s.get("indirect-late"), "a similar claim in other words weeks later is another statement");
    assertNotEquals(s.get("a"), s.get("other-speaker"), "another speaker's words are another statement");
    assertNotEquals(s.get("a"), s.get("different"));
    assertEquals(s.get("short1"), s.get("short-copy"), "a quoted word in a copy of the same story");
    assertNotEquals(s.get("short1"), s.get("short2"), "the same quoted word in another story is another statement");
    assertEquals(s.get("empty1"), s.get("empty2"), "a contentless quote repeated in one story's copies");
    assertNotEquals(s.get("empty1"), s.get("empty3"));
  }

  @Test
  void addingQuotesKeepsTheStatementIdsOfEarlierOnes() {
    quote("a", "direct", QUOTE, "2017-06-01", "Axar.az", "s1", LAVROV);
    quote("b", "direct", QUOTE, "2017-06-02", "MNA", "s2", LAVROV);
    quote("different", "direct", "\"We will continue to fight terrorists in Syria until the end,\"", "2017-06-03",
        "Axar.az", "s3", LAVROV);
    Map<String, String> before = statements();
    quote("later", "direct", QUOTE, "2017-06-09", "Reuters", "s4", LAVROV);
    quote("other", "direct", "\"The convoy carried weapons for the militants, not food for civilians,\"",
        "2017-06-04", "TASS", "s5", LAVROV);
    quote("earlier", "direct", "\"We will continue to fight terrorists in Syria until the end\"", "2017-05-30",
        "Sputnik", "s6", LAVROV);
    Map<String, String> after = statements();
    assertEquals(before.get("a"), after.get("a"));
    assertEquals(before.get("b"), after.get("b"));
    assertEquals("a", after.get("later"), "a later reprint joins the statement and keeps its id");
    assertNotEquals(after.get("a"), after.get("other"));
    assertEquals("earlier", after.get("different"), "an earlier print joining a statement names it");
  }
}
