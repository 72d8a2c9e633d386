package org.newsgraph.graph;

import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.nlp.AliasTable;
import org.newsgraph.tables.RowBuilder;

/** {@link EntityKey#of} as a SQL function (written, canonical, type); the alias table travels as a broadcast. */
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
    EntityKey k = EntityKey.of(aliases.value(), written, canonical, type);
    return RowBuilder.of(RESULT).set("key", k.key()).set("name", k.name()).set("type", k.type())
        .set("from_alias", k.fromAlias()).build();
  }
}
