package org.newsgraph.tables;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Every Parquet table's schema, in one place. Spark never infers an output schema: rows are built
 * against these. Each published column carries its description here; docs/SCHEMA.md's column tables are
 * generated from them (SchemaDocTest fails when they differ and says how to regenerate).
 */
public final class Tables {
  public static final String DOCUMENTS = "documents";
  public static final String MENTIONS = "mentions";
  public static final String QUOTES = "quotes";
  public static final String ENTITIES = "entities";
  public static final String COOCCURRENCES = "cooccurrences";
  public static final String COOCCURRENCE_SLICES = "cooccurrence_slices";
  public static final String QUOTE_EDGES = "quote_edges";
  public static final String STATEMENTS = "statements";

  /** documents: one row per input article, whatever happened to it. */
  public static final StructType DOCUMENT = new StructType(new StructField[] {
      DataTypes.createStructField("doc_id", DataTypes.StringType, false).withComment(
          "Stable id: first 16 hex digits of SHA-256 over the source identity (path relative to the "
          + "input folder, or the id column of tabular input) and the raw content. Re-runs and moved "
          + "archives give the same ids. Identical duplicate inputs collapse to one row."),
      DataTypes.createStructField("source", DataTypes.StringType, true).withComment(
          "Where the article came from: the file's full path, `FILE#ID` for rows of CSV/JSONL/Parquet "
          + "input, or a WARC record's `WARC-Target-URI` (the page's URL; `PATH@OFFSET` for a record "
          + "without one)."),
      DataTypes.createStructField("title", DataTypes.StringType, true).withComment(
          "Title column if the input has one; else the headline line found above the body; else the "
          + "start of the first sentence (clipped at ~120 characters with `…`)."),
      DataTypes.createStructField("outlet", DataTypes.StringType, true).withComment(
          "Outlet column if any; else the page's own site name (HTML `og:site_name`); else found in the "
          + "text: a bare domain line (`presstv.ir`), a `Source:`/`Author:` label with a domain, a wire "
          + "dateline (`MOSCOW, Jun. 01 (MNA) –` gives `MNA`), or `X reported` / `X reports` near the "
          + "top; else, for a web page (source is a URL), the URL's host without `www.`. Null when none "
          + "is found."),
      DataTypes.createStructField("published_date", DataTypes.DateType, true).withComment(
          "Date column if any (ISO, textual, or numeric `M/D/YYYY`); else the first date on a date line "
          + "or metadata line of the page (`2017.06.01 / 09:12`, `Sunday, October 15, 2017`, `01 March "
          + "2020`), else a dated dateline. Null when no full date (with year) appears."),
      DataTypes.createStructField("language", DataTypes.StringType, true).withComment(
          "`en` when annotated; `other` when the text is not English; null when there was no text."),
      DataTypes.createStructField("encoding", DataTypes.StringType, true).withComment(
          "Charset used to decode the input: the one the HTTP `Content-Type` header of a WARC record "
          + "declares, else the one the page declares in a `<meta charset>` (ISO-8859-1 and ASCII labels "
          + "read as `windows-1252`, as browsers do), else `UTF-8`, or `windows-1252` when the bytes are "
          + "not valid UTF-8 (Latin-1 pages); the `--csv-encoding` of CSV input."),
      DataTypes.createStructField("char_count", DataTypes.IntegerType, false).withComment(
          "Length of `text` in characters."),
      DataTypes.createStructField("token_count", DataTypes.IntegerType, false).withComment(
          "CoreNLP tokens annotated (0 unless status is `ok`)."),
      DataTypes.createStructField("sentence_count", DataTypes.IntegerType, false).withComment(
          "CoreNLP sentences (0 unless status is `ok`)."),
      DataTypes.createStructField("status", DataTypes.StringType, false).withComment(
          "`ok`, `empty`, `binary`, `not_english`, `too_long`, `timeout`, `not_article`, `truncated` or "
          + "`failed` (see below)."),
      DataTypes.createStructField("error", DataTypes.StringType, true).withComment(
          "Why the status is not `ok` (names the limit or option involved); for `ok` rows, a note on a "
          + "fallback decoding, else null."),
      DataTypes.createStructField("processing_ms", DataTypes.LongType, false).withComment(
          "Milliseconds spent checking and annotating this article (model loading and cleaning "
          + "excluded)."),
      DataTypes.createStructField("kind", DataTypes.StringType, true).withComment(
          "What the annotated text is: `article` (running prose) or `brief` (an English table or wire "
          + "brief: few function words of any language, but at least 35% of its tokens figures, capitals "
          + "or vowelless abbreviations, e.g. `UNION CAMP CORP <UCC> 3RD QTR Shr 77 cts vs 50 cts`; "
          + "annotated like an article). Null when the text was not annotated."),
      DataTypes.createStructField("boilerplate_chars", DataTypes.IntegerType, true).withComment(
          "Characters the archive-wide boilerplate pass removed from this article's text (0 when none; "
          + "null in rows written before the pass existed). See \"Archive-wide boilerplate\" below."),
      DataTypes.createStructField("warc_file", DataTypes.StringType, true).withComment(
          "For a WARC record: the WARC file, relative to the input folder. Null otherwise."),
      DataTypes.createStructField("warc_offset", DataTypes.LongType, true).withComment(
          "For a WARC record: the byte offset where the record starts in that file (the compressed "
          + "offset in a `.warc.gz`), enough to fetch it again with any WARC tool. Null otherwise."),
      DataTypes.createStructField("crawled_at", DataTypes.TimestampType, true).withComment(
          "For a WARC record: its `WARC-Date`, when the crawler fetched the page. `published_date` is "
          + "the page's own date, never this."),
      DataTypes.createStructField("text", DataTypes.StringType, true).withComment(
          "The cleaned text every offset points into: paragraphs separated by one blank line, the "
          + "headline first. Null when the input was not text."),
  });

  /**
   * The published documents table: the stored document columns and the article's story (near-duplicate
   * group, found over the whole archive on every run, so it is not part of the annotation store).
   */
  public static final StructType DOCUMENTS_TABLE = DOCUMENT
      .add(DataTypes.createStructField("story_id", DataTypes.StringType, true).withComment(
          "The story this article is a copy of: the `doc_id` of the story's earliest article (by "
          + "`published_date`, then `doc_id`; undated articles count as latest), so an article with no "
          + "copy has its own `doc_id`. Copies are found over the whole archive on every run (see "
          + "\"Stories\" below). Null when the article was not annotated."))
      .add(DataTypes.createStructField("story_similarity", DataTypes.DoubleType, true).withComment(
          "Word 5-shingle Jaccard similarity of this article's body to the story's earliest article "
          + "(1.0 for that article and for exact copies). Null when `story_id` is."));

  /** One mention, without its doc_id (nested in the annotated rows, flattened in the mentions table). */
  public static final StructType MENTION = new StructType(new StructField[] {
      DataTypes.createStructField("mention_id", DataTypes.StringType, false).withComment(
          "Stable id: hash of doc_id, begin and end."),
      DataTypes.createStructField("sentence_index", DataTypes.IntegerType, false).withComment(
          "0-based index of the CoreNLP sentence holding the mention. A blank line always ends a "
          + "sentence, so no mention spans paragraphs or joins the title to the body."),
      DataTypes.createStructField("begin", DataTypes.IntegerType, false).withComment(
          "Offset of the first character in `documents.text`."),
      DataTypes.createStructField("end", DataTypes.IntegerType, false).withComment(
          "Offset one past the last character."),
      DataTypes.createStructField("text", DataTypes.StringType, false).withComment(
          "The mention as written."),
      DataTypes.createStructField("type", DataTypes.StringType, false).withComment(
          "Coarse type, one per name within the article after the type repair (see entities): `PERSON`, "
          + "`ORGANIZATION`, `LOCATION` or `MISC` (COUNTRY, CITY, STATE_OR_PROVINCE → LOCATION; "
          + "NATIONALITY, RELIGION, IDEOLOGY, TITLE → MISC). With `--mention-types all`, numeric and time "
          + "tags (DATE, MONEY, …) keep their own name."),
      DataTypes.createStructField("ner_tag", DataTypes.StringType, false).withComment(
          "CoreNLP's fine tag (not changed by the type repair; a mention split off a longer one, "
          + "\"Syrias\" in \"Syrias Idlib\", carries the gazetteer's tag): PERSON, ORGANIZATION, "
          + "LOCATION, MISC, COUNTRY, CITY, STATE_OR_PROVINCE, NATIONALITY, RELIGION, IDEOLOGY (and, when "
          + "asked for with `--mention-types`, TITLE, DATE, …)."),
      DataTypes.createStructField("confidence", DataTypes.DoubleType, true).withComment(
          "CoreNLP's CRF probability for the mention's tag (for rule-based fine tags, the probability "
          + "of the underlying CRF tag); null where CoreNLP gives none, and for mentions added from the "
          + "alias list (see entities)."),
      DataTypes.createStructField("canonical", DataTypes.StringType, true).withComment(
          "The fullest form of this entity in the same article: a surname, first name or honorific form "
          + "linked to the nearest compatible full name (\"Lavrov\" → \"Sergey Lavrov\", \"Hillary\" → "
          + "\"Hillary Clinton\"; \"Mrs. Clinton\" never to \"Bill Clinton\"), an acronym to the name "
          + "spelled out beside it (\"SDF\" → \"Syrian Democratic Forces\" after \"Syrian Democratic "
          + "Forces (SDF)\"), a name listed after \"also known as\" to the name it follows (\"ISIS\" → "
          + "\"Islamic State\" after \"the Islamic State, also known as ISIS\"), a group name in brackets "
          + "after a group's name to that name (\"Daesh\" → \"ISIL\" after \"ISIL (Daesh)\"; not a "
          + "credit line, \"(AFP)\"), a short organisation name to its longer form (\"Defense Ministry\" → "
          + "\"Russian Defense Ministry\"), but never to a span that runs it together with another name "
          + "the article tags on its own (\"YPG\" is not \"Kurdish YPG\"); otherwise the mention "
          + "itself. A leading \"the\" is dropped."),
  });

  /** One quote, without its doc_id (nested in the annotated rows, flattened in the quotes table). */
  public static final StructType QUOTE = new StructType(new StructField[] {
      DataTypes.createStructField("quote_id", DataTypes.StringType, false).withComment(
          "Stable id: hash of doc_id, begin, end and cue offset."),
      DataTypes.createStructField("kind", DataTypes.StringType, false).withComment(
          "`direct`: the statement is inside quotation marks (also when split around the cue: “A,” he "
          + "said, “B.” is one row spanning both parts, and when it runs over several paragraphs). "
          + "`indirect`: reported speech without quotation marks (\"Lavrov said Russia's Defense Ministry "
          + "confirmed the information\", \"According to the ministry, ...\"). `mixed`: reported speech "
          + "that quotes some words verbatim (\"He said it was \"possible\" that ...\")."),
      DataTypes.createStructField("text", DataTypes.StringType, false).withComment(
          "The statement as printed, `documents.text[begin:end]`. Direct quotes include their quotation "
          + "marks; indirect content is the reported clause (with its \"that\")."),
      DataTypes.createStructField("begin", DataTypes.IntegerType, false).withComment(
          "Offsets of the statement in `documents.text`."),
      DataTypes.createStructField("end", DataTypes.IntegerType, false).withComment(
          "Offsets of the statement in `documents.text`."),
      DataTypes.createStructField("sentence_index", DataTypes.IntegerType, false).withComment(
          "Sentence where the statement starts."),
      DataTypes.createStructField("cue", DataTypes.StringType, true).withComment(
          "The speech cue as written: \"said\", \"told\", \"added\", \"According to\", ...; null for a "
          + "quote that continues the previous speaker's quote without a cue of its own."),
      DataTypes.createStructField("cue_begin", DataTypes.IntegerType, true).withComment(
          "Offsets of the cue."),
      DataTypes.createStructField("cue_end", DataTypes.IntegerType, true).withComment(
          "Offsets of the cue."),
      DataTypes.createStructField("speaker", DataTypes.StringType, true).withComment(
          "The speaker as written at the cue: \"Lavrov\", \"he\", \"the ministry\" → \"ministry\", "
          + "\"Colonel Ryan Dillon\" → \"Ryan Dillon\" (the name mention). Null where no cue names one."),
      DataTypes.createStructField("speaker_begin", DataTypes.IntegerType, true).withComment(
          "Offsets of `speaker`."),
      DataTypes.createStructField("speaker_end", DataTypes.IntegerType, true).withComment(
          "Offsets of `speaker`."),
      DataTypes.createStructField("speaker_name", DataTypes.StringType, true).withComment(
          "The speaker resolved within the article to its fullest form: surnames to full names "
          + "(\"Lavrov\" → \"Sergey Lavrov\"); \"he\"/\"she\" to a person of the same gender (honorific, "
          + "first name), first the first one named earlier in the sentence, then the previous sentence's "
          + "speaker, then its first-named person, then the latest speaker or mention (names inside "
          + "quotation marks or inside the reported content are no candidates); \"it\" to the latest "
          + "organisation; a definite role or description (\"the senator\", \"the ministry\") to the one "
          + "the article gave that title or apposition (\"Sen. Lindsey Graham\", \"John Bolton, the "
          + "former ambassador\"; not a name inside quotation marks; a present holder over a \"former\" "
          + "one, then one before over one after, then the one the article names most often), else to the "
          + "latest speaker or mention with that head noun, else (for a person role such as \"the "
          + "candidate\") to the agreeing person the article has named most often so far; \"his "
          + "campaign\" to the owner's (\"Bernie Sanders's campaign\"). \"They\" and \"both\" to the "
          + "people named together (\"Ted Cruz and Marco Rubio\") earlier in the sentence or in the two "
          + "before, as \"X and Y\" with a null type. Names are looked up among the article's repaired "
          + "mentions (the types and bounds of the mentions table). Indefinite and plural descriptions "
          + "stay as written (\"a source\", \"officials\"); \"they\" with no such list, \"we\", \"I\" "
          + "and pronouns with no compatible antecedent are null. A quote paragraph with no cue that follows "
          + "a quote continues that quote's speaker. Titles before a person's name are in "
          + "`speaker_title`, not here."),
      DataTypes.createStructField("speaker_type", DataTypes.StringType, true).withComment(
          "PERSON, ORGANIZATION, LOCATION or MISC, from NER or, for descriptions, from the head noun "
          + "(ministry → ORGANIZATION, spokesman → PERSON); null when unknown."),
      DataTypes.createStructField("speaker_title", DataTypes.StringType, true).withComment(
          "Titles, offices and affiliations written before a person speaker's name, moved out of "
          + "`speaker_name` so that one person is one name in \"who is quoted\" counts: \"Sen.\" (Sen. "
          + "Bernie Sanders), \"Mayor\", \"Tory MP\" (capitalised words before a known first name), also "
          + "when written only before the article's first full mention (\"Mayor Bill de Blasio\", then "
          + "\"De Blasio said\"); null when none."),
  });

  /** The one annotation of an article from which every table is derived: a document, its mentions and quotes. */
  public static final StructType ANNOTATED = DOCUMENT
      .add(DataTypes.createStructField(MENTIONS, DataTypes.createArrayType(MENTION, false), false))
      .add(DataTypes.createStructField(QUOTES, DataTypes.createArrayType(QUOTE, false), false));

  /** The mentions table: doc_id, the mention columns, and the cross-article entity id. */
  public static final StructType MENTIONS_TABLE = prependDocId(MENTION,
      "The article (`documents.doc_id`).")
      .add(DataTypes.createStructField("entity_id", DataTypes.StringType, true).withComment(
          "The cross-article entity (`entities.entity_id`)."));

  /**
   * The quotes table: doc_id, the quote columns, the speaker's entity id (null when not an entity) and the
   * statement the quote reports (the same statement reprinted or reworded elsewhere has the same id).
   */
  public static final StructType QUOTES_TABLE = prependDocId(QUOTE,
      "The article.")
      .add(DataTypes.createStructField("speaker_entity_id", DataTypes.StringType, true).withComment(
          "The speaker's cross-article entity (`entities.entity_id`), found by keying `speaker_name` "
          + "like a mention; null for descriptions that are no entity (\"a source\")."))
      .add(DataTypes.createStructField("statement_id", DataTypes.StringType, true).withComment(
          "The statement this quote reports (`statements.statement_id`): the same quotation reprinted, "
          + "trimmed or spliced by other outlets, or the same claim by the same speaker in indirect "
          + "speech within 3 days, has the same id. A quote reported once is a statement of its own (its "
          + "own `quote_id`)."));

  // Nested fields stay nullable: Spark cannot cast a nullable nested field to a non-null one, and the
  // rows come back from Parquet (the annotation store) with every field nullable.
  public static final StructType ALIAS_COUNT = new StructType()
      .add("alias", DataTypes.StringType, true).add("count", DataTypes.LongType, true);

  /** entities: one row per cross-article entity. */
  public static final StructType ENTITY = new StructType()
      .add("entity_id", DataTypes.StringType, false,
          "Stable id: the first 16 hex digits of SHA-256 of the entity's final resolution key (the "
          + "resolution: docs/SCHEMA.md, section entities), so re-runs of one archive give the same ids.")
      .add("name", DataTypes.StringType, false,
          "Canonical name.")
      .add("type", DataTypes.StringType, false,
          "PERSON, ORGANIZATION, LOCATION or MISC.")
      .add("aliases", DataTypes.createArrayType(ALIAS_COUNT, true), false,
          "Every surface form seen, with its number of mentions, most used first (ties in code-point "
          + "order).")
      .add("mention_count", DataTypes.LongType, false,
          "Mentions in all articles.")
      .add("article_count", DataTypes.LongType, false,
          "Articles that mention it.")
      .add("story_count", DataTypes.LongType, false,
          "Stories that mention it (`documents.story_id`): copies of one story count once.")
      .add("first_date", DataTypes.DateType, true,
          "Earliest and latest `published_date` among those articles (null when none is dated).")
      .add("last_date", DataTypes.DateType, true,
          "Earliest and latest `published_date` among those articles (null when none is dated).")
      .add("outlets", DataTypes.createArrayType(DataTypes.StringType, true), false,
          "Outlets of those articles, sorted.");

  /** cooccurrences: one row per unordered entity pair (entity_a < entity_b) and scope, over the whole run. */
  public static final StructType COOCCURRENCE = new StructType()
      .add("entity_a", DataTypes.StringType, false,
          "The pair's entity ids, `entity_a < entity_b`.")
      .add("entity_b", DataTypes.StringType, false,
          "The pair's entity ids, `entity_a < entity_b`.")
      .add("name_a", DataTypes.StringType, false,
          "Their names.")
      .add("name_b", DataTypes.StringType, false,
          "Their names.")
      .add("scope", DataTypes.StringType, false,
          "`sentence` (in one sentence) or `document` (in one article).")
      .add("articles", DataTypes.LongType, false,
          "Articles where they co-occur at this scope.")
      .add("stories", DataTypes.LongType, false,
          "Stories where they co-occur at this scope (copies of one story count once).")
      .add("count", DataTypes.LongType, false,
          "Co-occurrence units: sentences holding both (sentence scope) or articles (document scope).")
      .add("first_date", DataTypes.DateType, true,
          "Earliest and latest publication date of those articles.")
      .add("last_date", DataTypes.DateType, true,
          "Earliest and latest publication date of those articles.")
      .add("npmi", DataTypes.DoubleType, true,
          "Normalised pointwise mutual information ln(p(a,b) / (p(a)·p(b))) / −ln p(a,b). 1 = always "
          + "together, 0 = independent, below 0 = less often than chance; so entities present everywhere "
          + "do not dominate the strongest pairs. By default (`--npmi-units stories`) over stories: at "
          + "document scope p = stories holding the entity (or both) / all stories; at sentence scope "
          + "every article's sentences weigh 1 / (articles in its story), so the copies of one story "
          + "together weigh as one article. With `--npmi-units articles`: over all `ok` articles, or all "
          + "their sentences, unweighted.");

  /** cooccurrence_slices: the same pairs counted per outlet and calendar month. */
  public static final StructType COOCCURRENCE_SLICE = new StructType()
      .add("entity_a", DataTypes.StringType, false,
          "As in `cooccurrences`.")
      .add("entity_b", DataTypes.StringType, false,
          "As in `cooccurrences`.")
      .add("scope", DataTypes.StringType, false,
          "As in `cooccurrences`.")
      .add("outlet", DataTypes.StringType, true,
          "`documents.outlet` (null when unknown).")
      .add("month", DataTypes.DateType, true,
          "First day of the publication month (null when undated).")
      .add("articles", DataTypes.LongType, false,
          "As in `cooccurrences`, within the slice.")
      .add("stories", DataTypes.LongType, false,
          "As in `cooccurrences`, within the slice.")
      .add("count", DataTypes.LongType, false,
          "As in `cooccurrences`, within the slice.");

  /** quote_edges: who talks about whom: speaker entity -> entity mentioned inside the speaker's quotes. */
  public static final StructType QUOTE_EDGE = new StructType()
      .add("speaker_entity_id", DataTypes.StringType, false,
          "The speaker.")
      .add("speaker_name", DataTypes.StringType, false,
          "The speaker.")
      .add("entity_id", DataTypes.StringType, false,
          "An entity mentioned inside the speaker's quotes (never the speaker itself).")
      .add("name", DataTypes.StringType, false,
          "An entity mentioned inside the speaker's quotes (never the speaker itself).")
      .add("quotes", DataTypes.LongType, false,
          "Quotes of that speaker mentioning it.")
      .add("articles", DataTypes.LongType, false,
          "Articles where that happens.")
      .add("stories", DataTypes.LongType, false,
          "Stories where that happens (copies of one story count once).");

  /** statements: one row per statement, with every quote that reports it across articles and outlets. */
  public static final StructType STATEMENT = new StructType()
      .add("statement_id", DataTypes.StringType, false,
          "The `quote_id` of the statement's earliest quote (by `published_date`, then `quote_id`).")
      .add("speaker_entity_id", DataTypes.StringType, true,
          "The speaker's entity (null when the speaker is no entity).")
      .add("speaker_name", DataTypes.StringType, true,
          "`speaker_name` of the earliest quote.")
      .add("text", DataTypes.StringType, false,
          "A representative text: of the quotes published on the first day, the longest (the earliest "
          + "full form).")
      .add("kinds", DataTypes.createArrayType(DataTypes.StringType, true), false,
          "The kinds of its quotes, sorted (`direct`, `indirect`, `mixed`).")
      .add("first_seen", DataTypes.DateType, true,
          "Earliest `published_date` of its quotes (null when none is dated).")
      .add("first_outlet", DataTypes.StringType, true,
          "Outlet of the earliest quote: who had it first in this archive.")
      .add("last_seen", DataTypes.DateType, true,
          "Latest `published_date` of its quotes (null when none is dated).")
      .add("outlets", DataTypes.createArrayType(DataTypes.StringType, true), false,
          "Every outlet that reported it, sorted.")
      .add("quotes", DataTypes.LongType, false,
          "Quotes that report it, the articles they are in, and the stories those belong to.")
      .add("articles", DataTypes.LongType, false,
          "Quotes that report it, the articles they are in, and the stories those belong to.")
      .add("stories", DataTypes.LongType, false,
          "Quotes that report it, the articles they are in, and the stories those belong to.");

  /** Every published table with its declared schema, in the order the job writes them. */
  public static final java.util.Map<String, StructType> PUBLISHED = publishedTables();

  private Tables() {}

  private static java.util.Map<String, StructType> publishedTables() {
    java.util.Map<String, StructType> m = new java.util.LinkedHashMap<>();
    m.put(DOCUMENTS, DOCUMENTS_TABLE);
    m.put(MENTIONS, MENTIONS_TABLE);
    m.put(QUOTES, QUOTES_TABLE);
    m.put(ENTITIES, ENTITY);
    m.put(COOCCURRENCES, COOCCURRENCE);
    m.put(COOCCURRENCE_SLICES, COOCCURRENCE_SLICE);
    m.put(QUOTE_EDGES, QUOTE_EDGE);
    m.put(STATEMENTS, STATEMENT);
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Projects a computed Dataset onto a declared schema: every declared column, in order. A missing column,
   * or one whose type is not the declared one, fails here, naming it, instead of producing a table that
   * drifts; a value is never cast to fit, since a cast would hide a column computed wrongly (a count as a
   * string, two columns swapped). Nullability is not compared: Spark cannot always prove a computed column
   * non-null, and the row builders check it where rows are made. Each column carries its declared
   * description (StructField comment), which docs/SCHEMA.md shows and Spark keeps in the Parquet schema.
   */
  public static org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> conform(
      org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> df, StructType schema) {
    java.util.Map<String, StructField> have = new java.util.HashMap<>();
    for (StructField f : df.schema().fields()) {
      have.put(f.name(), f);
    }
    org.apache.spark.sql.Column[] cols = new org.apache.spark.sql.Column[schema.fields().length];
    for (int i = 0; i < cols.length; i++) {
      StructField f = schema.fields()[i];
      StructField got = have.get(f.name());
      if (got == null) {
        throw new IllegalStateException("column " + f.name() + " missing; have " + have.keySet());
      }
      if (!got.dataType().catalogString().equals(f.dataType().catalogString())) {
        throw new IllegalStateException("column " + f.name() + " is " + got.dataType().catalogString()
            + ", declared " + f.dataType().catalogString());
      }
      // With the declared column's description, which Spark keeps in the Parquet files' schema.
      cols[i] = df.col("`" + f.name() + "`").as(f.name(), f.metadata());
    }
    return df.select(cols);
  }

  /** doc_id followed by the columns of a nested row type. */
  public static StructType prependDocId(StructType rest) {
    return prependDocId(rest, DOCUMENT.apply("doc_id").getComment().get());
  }

  /** The same, with the doc_id column described as the table that holds it uses it. */
  private static StructType prependDocId(StructType rest, String docIdComment) {
    StructType out = new StructType().add(DOCUMENT.apply("doc_id").withComment(docIdComment));
    for (StructField f : rest.fields()) {
      out = out.add(f);
    }
    return out;
  }
}
