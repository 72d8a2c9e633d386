package org.newsgraph.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;

import java.io.Serializable;

import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.clean.DateFinder;
import org.newsgraph.tables.DocStatus;
import org.newsgraph.tables.RawSchema;
import org.newsgraph.tables.StableId;

/**
 * Reads articles in any supported format into rows of {@link RawSchema#RAW}. The doc_id is a hash of the
 * article's source identity (path relative to the input root, or the id column) and its content, so
 * moving an archive or re-running the job gives the same ids.
 */
public final class ArticleReader {
  private ArticleReader() {}

  /** Input location, format, tabular column mapping and the byte cap for files. */
  public record Spec(String input, InputFormat format, ColumnMapping columns, String csvEncoding,
                     long maxBytes) implements Serializable {}

  public static Dataset<Row> read(SparkSession spark, Spec spec) {
    return switch (spec.format()) {
      case TEXT -> readFiles(spark, spec);
      case CSV -> readTable(spark.read().option("header", "true").option("multiLine", "true")
          .option("escape", "\"").option("encoding", spec.csvEncoding()).option("mode", "PERMISSIVE")
          .csv(spec.input()), spec);
      case JSONL -> readTable(spark.read().option("mode", "PERMISSIVE").json(spec.input()), spec);
      case PARQUET -> readTable(spark.read().parquet(spec.input()), spec);
    };
  }

  /**
   * One article per file, recursively. Files over the byte cap are listed but their content is never
   * loaded: Spark's binaryFile source applies the length filter before reading a file.
   */
  private static Dataset<Row> readFiles(SparkSession spark, Spec spec) {
    Path root = new Path(spec.input());
    String qualifiedRoot;
    try {
      qualifiedRoot = root.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(root).toString();
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot open input folder " + spec.input() + ": " + e.getMessage(), e);
    }
    Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
        .load(spec.input());
    Column small = col("length").leq(spec.maxBytes());
    Dataset<Row> withContent = files.where(small).select(col("path"), col("length"), col("content"));
    Dataset<Row> tooBig = files.where(small.unary_$bang())
        .select(col("path"), col("length"), lit(null).cast("binary").as("content"));
    long cap = spec.maxBytes();
    return withContent.unionByName(tooBig)
        .map((MapFunction<Row, Row>) r -> fileRow(r, qualifiedRoot, cap), Encoders.row(RawSchema.RAW));
  }

  static Row fileRow(Row r, String root, long cap) {
    String path = r.getString(0);
    long length = r.getLong(1);
    String relative = path.startsWith(root) ? path.substring(root.length()).replaceFirst("^/+", "") : path;
    if (r.isNullAt(2)) {
      return RowFactory.create(StableId.of(relative, Long.toString(length)), path, null, null,
          DocStatus.TOO_LONG, length + " bytes; the read limit is " + cap + " bytes (--max-bytes)",
          null, null, null);
    }
    byte[] bytes = (byte[]) r.get(2);
    DecodedText d = TextDecoder.decode(bytes);
    return RowFactory.create(StableId.of(relative, bytes), path, d.text(), d.encoding(), d.problem(),
        d.detail(), null, null, null);
  }

  private static Dataset<Row> readTable(Dataset<Row> table, Spec spec) {
    ColumnMapping m = spec.columns().resolve(table.columns());
    Column nullString = lit(null).cast("string");
    Dataset<Row> picked = table.select(
        col(q(m.text())).cast("string").as("text"),
        m.title() == null ? nullString.as("title") : col(q(m.title())).cast("string").as("title"),
        m.id() == null ? nullString.as("id") : col(q(m.id())).cast("string").as("id"),
        m.date() == null ? nullString.as("date") : col(q(m.date())).cast("string").as("date"),
        m.outlet() == null ? nullString.as("outlet") : col(q(m.outlet())).cast("string").as("outlet"),
        input_file_name().as("file"));
    String encoding = spec.format() == InputFormat.CSV ? spec.csvEncoding() : "UTF-8";
    return picked.map((MapFunction<Row, Row>) r -> tableRow(r, encoding), Encoders.row(RawSchema.RAW));
  }

  static Row tableRow(Row r, String encoding) {
    String text = r.getString(0);
    String id = r.getString(2);
    String file = r.getString(5);
    String fileName = file == null ? "" : file.substring(file.lastIndexOf('/') + 1);
    String source = id != null ? fileName + "#" + id : fileName;
    String date = DateFinder.parseColumn(r.getString(3)).map(Object::toString).orElse(null);
    String docId = StableId.of(id != null ? id : fileName, text == null ? "" : text);
    return RowFactory.create(docId, source, text == null ? "" : text, encoding, null, null, r.getString(1),
        r.getString(4), date);
  }

  private static String q(String column) {
    return "`" + column.replace("`", "``") + "`";
  }
}
