package org.newsgraph.graph;

import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.nlp.AliasTable;
import org.newsgraph.nlp.EntityKeys;

/**
 * The cross-article key of one surface form: alias file first (on the form as written, then on its
 * article-level full form), else the folded full form. Cheap and pure, so it runs as a SQL function;
 * the alias table travels as a broadcast.
 */
final class EntityKeyFunction implements UDF3<String, String, String, Row> {
  static final String NAME = "newsgraph_entity_key";
  static final StructType RESULT = new StructType()
      .add("key", DataTypes.StringType, false)
      .add("name", DataTypes.StringType, false)
      .add("type", DataTypes.StringType, false)
      .add("from_alias", DataTypes.BooleanType, false);

  private final Broadcast<AliasTable> aliases;

  EntityKeyFunction(Broadcast<AliasTable> aliases) {
    this.aliases = aliases;
  }

  @Override
  public Row call(String written, String canonical, String type) {
    String full = canonical == null ? written : canonical;
    AliasTable table = aliases.value();
    AliasTable.Alias a = table.lookup(written);
    if (a == null && full != null) {
      a = table.lookup(full);
    }
    if (a != null) {
      return RowFactory.create(EntityKeys.fold(a.canonical()), a.canonical(), a.type(), true);
    }
    String name = full == null ? "" : full;
    return RowFactory.create(EntityKeys.fold(name), name, type == null ? "MISC" : type, false);
  }
}
