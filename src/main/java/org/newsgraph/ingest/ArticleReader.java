package org.newsgraph.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.clean.DateFinder;
import org.newsgraph.tables.DocStatus;
import org.newsgraph.tables.RawSchema;
import org.newsgraph.tables.RowBuilder;
import org.newsgraph.tables.StableId;

/**
 * Reads articles in any supported format into rows of {@link RawSchema#RAW}. The doc_id is a hash of the
 * article's source identity (path relative to the input root, or the id column) and its content, so
 * moving an archive or re-running the job gives the same ids.
 */
public final class ArticleReader {
  private ArticleReader() {}

  /** Input location, format, tabular column mapping, the byte cap for files, and an article cap (0 = all). */
  public record Spec(String input, InputFormat format, ColumnMapping columns, String csvEncoding,
                     long maxBytes, long limit) implements Serializable {}

  /** 10 MiB: far above any article, below what would strain a task's memory. */
  public static final long MAX_BYTES_DEFAULT = 10L << 20;

  public static Dataset<Row> read(SparkSession spark, Spec spec) {
    Dataset<Row> rows = readAll(spark, spec);
    return spec.limit() > 0 ? rows.limit((int) Math.min(Integer.MAX_VALUE, spec.limit())) : rows;
  }

  private static Dataset<Row> readAll(SparkSession spark, Spec spec) {
    return switch (spec.format()) {
      case TEXT, WARC -> readFiles(spark, spec);
      case CSV -> readTable(spark.read().option("header", "true").option("multiLine", "true")
          .option("escape", "\"").option("encoding", spec.csvEncoding()).option("mode", "PERMISSIVE")
          .csv(spec.input()), spec);
      case JSONL -> readTable(spark.read().option("mode", "PERMISSIVE").json(spec.input()), spec);
      case PARQUET -> readTable(spark.read().parquet(spec.input()), spec);
    };
  }

  /**
   * One article per file, recursively; WARC files (by name, or every file with --format warc) give one row
   * per record instead. The listing happens on the driver; executors read the files, and never load one over
   * the byte cap (it is listed with status too_long instead).
   */
  private static Dataset<Row> readFiles(SparkSession spark, Spec spec) {
    var conf = spark.sparkContext().hadoopConfiguration();
    List<Row> pages = new ArrayList<>();
    List<Row> warcs = new ArrayList<>();
    List<FileListing.Entry> listed = FileListing.list(spec.input(), conf);
    if (spec.limit() > 0 && listed.size() > spec.limit()) {
      listed = listed.subList(0, (int) spec.limit());
    }
    for (FileListing.Entry e : listed) {
      boolean warc = spec.format() == InputFormat.WARC || InputFormat.isWarcName(e.relative());
      (warc ? warcs : pages).add(RowBuilder.of(LISTING).set("path", e.path()).set("relative", e.relative())
          .set("length", e.length()).build());
    }
    FileListing.ShippedConf shipped = new FileListing.ShippedConf(conf);
    long cap = spec.maxBytes();
    Dataset<Row> files = spark.createDataFrame(pages, LISTING)
        .map((MapFunction<Row, Row>) r -> fileRow(r, shipped, cap), Encoders.row(RawSchema.RAW));
    if (warcs.isEmpty()) {
      return files;
    }
    // One WARC file per task: a file is read as one stream, and its records flow on without being held.
    Dataset<Row> records = spark.createDataFrame(warcs, LISTING)
        .repartition(Math.min(warcs.size(), 4 * spark.sparkContext().defaultParallelism()))
        .flatMap(new WarcRows(shipped, cap), Encoders.row(RawSchema.RAW));
    return pages.isEmpty() ? records : files.unionByName(records);
  }

  static final StructType LISTING = new StructType().add("path", DataTypes.StringType, false)
      .add("relative", DataTypes.StringType, false).add("length", DataTypes.LongType, false);

  static Row fileRow(Row r, FileListing.ShippedConf conf, long cap) {
    String path = r.getAs("path");
    String relative = r.getAs("relative");
    long length = r.<Long>getAs("length");
    RowBuilder row = RowBuilder.of(RawSchema.RAW).set("source", path);
    if (length > cap) {
      return row.set("doc_id", StableId.of(relative, Long.toString(length))).set("read_status", DocStatus.TOO_LONG)
          .set("read_detail", length + " bytes; the read limit is " + cap + " bytes (--max-bytes)").build();
    }
    byte[] bytes;
    try {
      bytes = FileListing.read(path, conf.get());
    } catch (java.io.IOException e) {
      return row.set("doc_id", StableId.of(relative, Long.toString(length))).set("read_status", DocStatus.FAILED)
          .set("read_detail", "cannot read the file: " + e).build();
    }
    DecodedText d = TextDecoder.decode(bytes);
    return row.set("doc_id", StableId.of(relative, bytes)).set("raw_text", d.text()).set("encoding", d.encoding())
        .set("read_status", d.problem()).set("read_detail", d.detail()).build();
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
    String text = r.getAs("text");
    String id = r.getAs("id");
    String file = r.getAs("file");
    String fileName = file == null ? "" : file.substring(file.lastIndexOf('/') + 1);
    String source = id != null ? fileName + "#" + id : fileName;
    String date = DateFinder.parseColumn(r.getAs("date")).map(Object::toString).orElse(null);
    String docId = StableId.of(id != null ? id : fileName, text == null ? "" : text);
    return RowBuilder.of(RawSchema.RAW).set("doc_id", docId).set("source", source)
        .set("raw_text", text == null ? "" : text).set("encoding", encoding).set("title", r.getAs("title"))
        .set("outlet", r.getAs("outlet")).set("published", date).build();
  }

  private static String q(String column) {
    return "`" + column.replace("`", "``") + "`";
  }
}
