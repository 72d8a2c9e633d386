package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.util.Iterator;
import java.util.List;

import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.newsgraph.tables.DocStatus;
import org.newsgraph.tables.RawSchema;
import org.newsgraph.tables.RowBuilder;
import org.newsgraph.tables.StableId;

/**
 * One listed WARC file in, one {@link RawSchema#RAW} row per record out, produced lazily as the file is read.
 * A page's source is its URL; warc_file and warc_offset say where the record is. The doc_id hashes the file's
 * path relative to the input root, the record's offset and its bytes, so a re-run gives the same ids.
 */
final class WarcRows implements FlatMapFunction<Row, Row> {
  private final FileListing.ShippedConf conf;
  private final long maxBytes;

  WarcRows(FileListing.ShippedConf conf, long maxBytes) {
    this.conf = conf;
    this.maxBytes = maxBytes;
  }

  @Override
  public Iterator<Row> call(Row file) {
    String path = file.getAs("path");
    String relative = file.getAs("relative");
    WarcRecords records;
    try {
      records = new WarcRecords(offset -> open(path, offset), maxBytes);
    } catch (IOException | RuntimeException e) {
      return List.of(RowBuilder.of(RawSchema.RAW).set("doc_id", StableId.of(relative, "unreadable"))
          .set("source", path).set("warc_file", relative).set("read_status", DocStatus.FAILED)
          .set("read_detail", "cannot read " + path + " as WARC: " + e
              + "; check that it is a WARC file (.warc or .warc.gz)").build()).iterator();
    }
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> records.close());
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public Row next() {
        return row(records.next(), path, relative);
      }
    };
  }

  private InputStream open(String path, long offset) throws IOException {
    Path p = new Path(path);
    FSDataInputStream in = p.getFileSystem(conf.get()).open(p);
    if (offset > 0) {
      in.seek(offset);
    }
    return in;
  }

  static Row row(WarcItem item, String path, String relative) {
    String where = relative + "@" + item.offset();
    RowBuilder row = RowBuilder.of(RawSchema.RAW)
        .set("source", item.target() != null ? item.target() : path + "@" + item.offset())
        .set("warc_file", relative).set("warc_offset", item.offset())
        .set("crawled_at", item.date() == null ? null : Timestamp.from(item.date()));
    if (item.html() == null) {
      return row.set("doc_id", StableId.of(where, String.valueOf(item.type()))).set("read_status", item.status())
          .set("read_detail", item.detail() + " (" + where + ")").build();
    }
    DecodedText d = TextDecoder.decode(item.html(), item.charset());
    return row.set("doc_id", StableId.of(where, item.html())).set("raw_text", d.text()).set("encoding", d.encoding())
        .set("read_status", d.problem()).set("read_detail", d.detail()).build();
  }
}
