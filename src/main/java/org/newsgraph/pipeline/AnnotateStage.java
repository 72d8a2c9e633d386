package org.newsgraph.pipeline;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.newsgraph.nlp.MentionSpan;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.nlp.PipelineHolder;
import org.newsgraph.nlp.QuoteSpan;
import org.newsgraph.tables.RowBuilder;
import org.newsgraph.tables.StableId;
import org.newsgraph.tables.Tables;

/**
 * The one annotation pass: cleaned article rows ({@code RawSchema.CLEANED}) in, {@code Tables.ANNOTATED} rows out. Holds only small,
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
        ProcessedArticle p = processor.process(CleanArticle.of(input.next()));
        articlesDone.add(1);
        tokensDone.add(p.tokens());
        return toRow(p);
      }
    };
  }

  static Row toRow(ProcessedArticle p) {
    CleanArticle c = p.clean();
    String docId = c.docId();
    List<MentionSpan> ms = p.mentions();
    Row[] mentions = new Row[ms.size()];
    for (int i = 0; i < mentions.length; i++) {
      MentionSpan m = ms.get(i);
      mentions[i] = RowBuilder.of(Tables.MENTION)
          .set("mention_id", StableId.of(docId, Integer.toString(m.begin()), Integer.toString(m.end())))
          .set("sentence_index", m.sentence()).set("begin", m.begin()).set("end", m.end()).set("text", m.text())
          .set("type", m.type()).set("ner_tag", m.nerTag()).set("confidence", m.confidence())
          .set("canonical", m.canonical()).build();
    }
    List<QuoteSpan> qs = p.quotes();
    Row[] quotes = new Row[qs.size()];
    for (int i = 0; i < quotes.length; i++) {
      QuoteSpan q = qs.get(i);
      String id = StableId.of(docId, Integer.toString(q.begin()), Integer.toString(q.end()), String.valueOf(q.cueBegin()));
      quotes[i] = RowBuilder.of(Tables.QUOTE).set("quote_id", id).set("kind", q.kind()).set("text", q.text())
          .set("begin", q.begin()).set("end", q.end()).set("sentence_index", q.sentence()).set("cue", q.cue())
          .set("cue_begin", q.cueBegin()).set("cue_end", q.cueEnd()).set("speaker", q.speaker())
          .set("speaker_begin", q.speakerBegin()).set("speaker_end", q.speakerEnd())
          .set("speaker_name", q.speakerName()).set("speaker_type", q.speakerType())
          .set("speaker_title", q.speakerTitle()).build();
    }
    Date date = c.date() == null ? null : Date.valueOf(LocalDate.parse(c.date()));
    String text = p.text();
    return RowBuilder.of(Tables.ANNOTATED).set("doc_id", docId).set("source", c.source()).set("title", c.title())
        .set("outlet", c.outlet()).set("published_date", date).set("language", p.language())
        .set("encoding", c.encoding()).set("char_count", text == null ? 0 : text.length())
        .set("token_count", p.tokens()).set("sentence_count", p.sentences()).set("status", p.status())
        .set("error", p.error()).set("processing_ms", p.millis()).set("kind", p.kind())
        .set("boilerplate_chars", c.boilerplateChars()).set("warc_file", c.warcFile())
        .set("warc_offset", c.warcOffset()).set("crawled_at", c.crawledAt()).set("text", text)
        .set(Tables.MENTIONS, mentions).set(Tables.QUOTES, quotes).build();
  }
}
