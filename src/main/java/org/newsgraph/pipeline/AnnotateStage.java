package org.newsgraph.pipeline;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.newsgraph.nlp.MentionSpan;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.nlp.PipelineHolder;
import org.newsgraph.nlp.QuoteSpan;
import org.newsgraph.tables.StableId;

/**
 * The one annotation pass: raw article rows in, {@code Tables.ANNOTATED} rows out. Holds only small,
 * serialisable settings; the CoreNLP pipeline comes from the executor's {@code PipelineHolder}. Rows are
 * produced lazily so a partition never holds more than one article's annotation at a time.
 */
public final class AnnotateStage implements MapPartitionsFunction<Row, Row> {
  private final NlpSettings settings;
  private final int maxChars;
  private final long timeoutMillis;
  private final LongAccumulator articlesDone;
  private final LongAccumulator tokensDone;

  public AnnotateStage(NlpSettings settings, int maxChars, long timeoutMillis, LongAccumulator articlesDone,
                       LongAccumulator tokensDone) {
    this.settings = settings;
    this.maxChars = maxChars;
    this.timeoutMillis = timeoutMillis;
    this.articlesDone = articlesDone;
    this.tokensDone = tokensDone;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    ArticleProcessor processor = new ArticleProcessor(settings, maxChars, timeoutMillis);
    try {
      // Load (or fetch) the JVM's pipeline before the first article's clock starts, so processing_ms
      // measures annotation, not model loading.
      PipelineHolder.get(settings);
    } catch (RuntimeException e) {
      // A pipeline that cannot load fails each article with the cause, in documents.error.
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return input.hasNext();
      }

      @Override
      public Row next() {
        ProcessedArticle p = processor.process(toRaw(input.next()));
        articlesDone.add(1);
        tokensDone.add(p.tokens());
        return toRow(p);
      }
    };
  }

  static RawArticle toRaw(Row r) {
    return new RawArticle(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
        r.getString(5), r.getString(6), r.getString(7), r.getString(8));
  }

  static Row toRow(ProcessedArticle p) {
    String docId = p.raw().docId();
    List<MentionSpan> ms = p.mentions();
    Row[] mentions = new Row[ms.size()];
    for (int i = 0; i < mentions.length; i++) {
      MentionSpan m = ms.get(i);
      mentions[i] = RowFactory.create(StableId.of(docId, Integer.toString(m.begin()), Integer.toString(m.end())),
          m.sentence(), m.begin(), m.end(), m.text(), m.type(), m.nerTag(), m.confidence(), m.canonical());
    }
    List<QuoteSpan> qs = p.quotes();
    Row[] quotes = new Row[qs.size()];
    for (int i = 0; i < quotes.length; i++) {
      QuoteSpan q = qs.get(i);
      String id = StableId.of(docId, Integer.toString(q.begin()), Integer.toString(q.end()), String.valueOf(q.cueBegin()));
      quotes[i] = RowFactory.create(id, q.kind(), q.text(), q.begin(), q.end(), q.sentence(), q.cue(), q.cueBegin(),
          q.cueEnd(), q.speaker(), q.speakerBegin(), q.speakerEnd(), q.speakerName(), q.speakerType());
    }
    Date date = p.date() == null ? null : Date.valueOf(LocalDate.parse(p.date()));
    return RowFactory.create(docId, p.raw().source(), p.title(), p.outlet(), date, p.language(),
        p.raw().encoding(), p.text() == null ? 0 : p.text().length(), p.tokens(), p.sentences(), p.status(),
        p.error(), p.millis(), p.text(), mentions, quotes);
  }
}
