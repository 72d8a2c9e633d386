package org.newsgraph.jobs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.newsgraph.copies.StorySettings;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ColumnMapping;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.nlp.AliasTable;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.options.Option;
import org.newsgraph.options.OptionSet;
import org.newsgraph.options.OptionValues;
import org.newsgraph.pipeline.RunOptions;

/**
 * The job's options, each declared once with its default beside it (see OptionSet for the precedence:
 * command line, then --options-file, then the defaults). Parsing converts and checks every value once,
 * the alias files included, and yields the run's RunOptions.
 *
 * @param run    what the run does
 * @param master the Spark master for a direct launch
 */
public record JobOptions(RunOptions run, String master) {
  public static final Option<String> INPUT = Option.text("input", null, "input folder or file (required)").required();
  public static final Option<String> OUTPUT = Option.text("output", null, "output folder; one sub-folder per table (required)").required();
  /** null = auto: by file extension, folders as text files. */
  public static final Option<InputFormat> FORMAT = Option.of("format", "auto", "auto, text, jsonl, csv, parquet or warc",
      "text | jsonl | csv | parquet | warc; auto = by file extension, folders as text files (their .warc and .warc.gz files as WARC)",
      v -> v.trim().equalsIgnoreCase("auto") ? null : InputFormat.parse(v));
  public static final Option<Long> LIMIT = Option.wholeNumber("limit", 0, 0,
      "read only the first N articles (files in path order, rows in file order); 0 = all");
  public static final Option<String> MASTER = Option.text("master", "local[*]",
      "Spark master URL; ignored when spark-submit already set one");
  public static final Option<String> TEXT_COL = Option.text("text-col", null,
      "tabular inputs: column with the article text (default: first of text, content, article_content, body)");
  public static final Option<String> TITLE_COL = Option.text("title-col", null,
      "tabular inputs: title column (default: title, article_title, headline)");
  public static final Option<String> ID_COL = Option.text("id-col", null,
      "tabular inputs: id column (default: id, doc_id, unit_id, url)");
  public static final Option<String> DATE_COL = Option.text("date-col", null,
      "tabular inputs: publication date column (default: date, published, publication_date); ISO or M/D/YYYY");
  public static final Option<String> OUTLET_COL = Option.text("outlet-col", null,
      "tabular inputs: outlet column (default: outlet, source, publisher, site)");
  public static final Option<Charset> CSV_ENCODING = Option.charset("csv-encoding", StandardCharsets.UTF_8,
      "charset of CSV input (e.g. ISO-8859-1)");
  public static final Option<Long> MAX_CHARS = Option.wholeNumber("max-chars", RunOptions.MAX_CHARS_DEFAULT, 1,
      "articles longer than this after cleaning get status too_long and are not annotated");
  public static final Option<Long> MAX_BYTES = Option.wholeNumber("max-bytes", ArticleReader.MAX_BYTES_DEFAULT, 1,
      "text-folder input: files larger than this are not read (status too_long)");
  public static final Option<Long> TIMEOUT = Option.wholeNumber("timeout-seconds",
      RunOptions.TIMEOUT_DEFAULT.toSeconds(), 1, "per-article CoreNLP time limit (status timeout)");
  public static final Option<Set<String>> MENTION_TYPES = Option.of("mention-types", "named",
      "named, all or comma-separated NER tags", "named | all | comma-separated CoreNLP NER tags kept in the mentions table",
      JobOptions::mentionTypes);
  public static final Option<NlpSettings.Ner> NER = Option.choice("ner", NlpSettings.Ner.class, NlpSettings.NER_DEFAULT,
      "fast = CoNLL 4-class CRF + gazetteer fine types; full = CoreNLP's default NER (3 CRFs + fine-grained rules), ~4x slower");
  public static final Option<Boolean> QUOTES = Option.bool("quotes", NlpSettings.QUOTES_DEFAULT,
      "extract quotes and speakers (adds the dependency parser on sentences with a speech cue)");
  public static final Option<NlpSettings.Parse> PARSE = Option.choice("parse", NlpSettings.Parse.class,
      NlpSettings.PARSE_DEFAULT,
      "cues = parse only sentences with a speech verb, 'according to' or a quotation mark; all = every sentence");
  public static final Option<AliasTable> ALIASES = Option.of("aliases", AliasTable.BUILTIN,
      "builtin, none or CSV paths, comma-separated",
      "entity alias CSVs (alias,canonical,type), comma-separated; builtin = the shipped list, none = no aliases",
      JobOptions::aliases);
  public static final Option<Boolean> REPROCESS = Option.bool("reprocess", false,
      "true = annotate every article again (after changing CoreNLP options); false = only articles not in OUT/annotations yet");
  public static final Option<Boolean> NATIONALITY_PAIRS = Option.bool("nationality-pairs",
      GraphSettings.NATIONALITY_PAIRS_DEFAULT,
      "true = nationality adjectives (Syrian, Russian) take part in co-occurrences and quote edges; they always keep their mentions and entity rows");
  public static final Option<Long> BOILERPLATE = Option.wholeNumber("boilerplate-min-articles",
      RunOptions.BOILERPLATE_MIN_ARTICLES_DEFAULT, 0,
      "remove passages that recur in at least N differently titled articles of one outlet (sidebars, footers); 0 = off");
  public static final Option<GraphSettings.NpmiUnits> NPMI_UNITS = Option.choice("npmi-units",
      GraphSettings.NpmiUnits.class, GraphSettings.NPMI_UNITS_DEFAULT,
      "stories = co-occurrence NPMI counts each story once (copies of one story are one observation); articles = each article");
  public static final Option<Double> STORY_JACCARD = Option.fraction("story-min-jaccard", StorySettings.MIN_JACCARD_DEFAULT,
      "two articles are one story when their word 5-shingle Jaccard similarity is at least this (0-1]");
  public static final Option<Double> STORY_CONTAINMENT = Option.fraction("story-min-containment",
      StorySettings.MIN_CONTAINMENT_DEFAULT,
      "... or when this share of the shorter article's shingles is in the longer one (a trimmed copy) (0-1]");
  public static final Option<List<String>> CORENLP = Option.repeated("corenlp", "key=value",
      "a CoreNLP property key=value, overriding newsgraph's; repeatable", JobOptions::coreNlpProperty);
  public static final Option<Map<String, String>> CORENLP_PROPS = Option.of("corenlp-props", null,
      "a readable properties file", "a properties file of CoreNLP properties; --corenlp wins over it", JobOptions::load);
  public static final Option<Long> PARTITIONS = Option.wholeNumber("partitions", 0, 0,
      "annotation partitions; 0 = automatic (about 32 articles each); articles are dealt to them by length");
  public static final Option<Long> PROGRESS = Option.wholeNumber("progress-seconds",
      RunOptions.PROGRESS_DEFAULT.toSeconds(), 1, "seconds between progress lines");

  public static final OptionSet OPTIONS = OptionSet.of("newsgraph",
      "jobs/run-local.sh INPUT OUTPUT [options]   or   NewsgraphJob --input IN --output OUT [options]\n\n"
          + "newsgraph: news articles in; Parquet tables of documents, mentions, quotes, entities and co-occurrences out.",
      List.of(INPUT, OUTPUT, FORMAT, LIMIT, MASTER, TEXT_COL, TITLE_COL, ID_COL, DATE_COL, OUTLET_COL, CSV_ENCODING,
          MAX_CHARS, MAX_BYTES, TIMEOUT, MENTION_TYPES, NER, QUOTES, PARSE, ALIASES, NATIONALITY_PAIRS, NPMI_UNITS,
          STORY_JACCARD, STORY_CONTAINMENT, BOILERPLATE, REPROCESS, CORENLP, CORENLP_PROPS, PARTITIONS, PROGRESS,
          OptionSet.OPTIONS_FILE));

  /** Parses --key value and --key=value; throws IllegalArgumentException naming the bad option. */
  public static JobOptions parse(String... args) {
    return of(OPTIONS.parse(args));
  }

  /** The run the parsed values describe. */
  public static JobOptions of(OptionValues v) {
    String input = v.get(INPUT);
    InputFormat format = v.get(FORMAT) == null ? InputFormat.guess(input) : v.get(FORMAT);
    ColumnMapping columns = new ColumnMapping(v.get(TEXT_COL), v.get(TITLE_COL), v.get(ID_COL), v.get(DATE_COL),
        v.get(OUTLET_COL));
    var read = new ArticleReader.Spec(input, format, columns, v.get(CSV_ENCODING).name(), v.get(MAX_BYTES), v.get(LIMIT));
    Map<String, String> props = new LinkedHashMap<>();
    if (v.get(CORENLP_PROPS) != null) {
      props.putAll(v.get(CORENLP_PROPS));
    }
    for (String kv : v.get(CORENLP)) {
      int eq = kv.indexOf('=');
      props.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
    }
    var nlp = new NlpSettings(props, v.get(MENTION_TYPES), v.get(QUOTES), v.get(PARSE), v.get(ALIASES), v.get(NER));
    var stories = new StorySettings(v.get(STORY_JACCARD), v.get(STORY_CONTAINMENT), StorySettings.MIN_SHARE_DEFAULT,
        StorySettings.ROOT_MIN_DEFAULT);
    RunOptions run = new RunOptions(read, v.get(OUTPUT), nlp, Math.toIntExact(v.get(MAX_CHARS)),
        Duration.ofSeconds(v.get(TIMEOUT)), Math.toIntExact(v.get(PARTITIONS)), Duration.ofSeconds(v.get(PROGRESS)),
        v.get(REPROCESS), v.get(NATIONALITY_PAIRS), Math.toIntExact(v.get(BOILERPLATE)), v.get(NPMI_UNITS), stories);
    return new JobOptions(run, v.get(MASTER));
  }

  /** Loaded here, on the driver, so a missing or malformed alias file stops the job before any work. */
  static AliasTable aliases(String v) {
    List<String> sources = Arrays.stream(v.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    try {
      return AliasTable.load(sources);
    } catch (java.io.UncheckedIOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  static Set<String> mentionTypes(String v) {
    String s = v.trim().toLowerCase(Locale.ROOT);
    if (s.equals("named")) {
      return NlpSettings.NAMED_TYPES;
    }
    if (s.equals("all")) {
      return NlpSettings.ALL_TYPES;
    }
    Set<String> out = new TreeSet<>();
    for (String t : v.split(",")) {
      String tag = t.trim().toUpperCase(Locale.ROOT);
      if (!NlpSettings.ALL_TYPES.contains(tag)) {
        throw new IllegalArgumentException("unknown tag '" + t.trim() + "'; tags: " + new TreeSet<>(NlpSettings.ALL_TYPES));
      }
      out.add(tag);
    }
    return out;
  }

  private static String coreNlpProperty(String kv) {
    int eq = kv.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("must look like key=value, e.g. ner.applyFineGrained=false");
    }
    return kv;
  }

  private static Map<String, String> load(String file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot be read: " + e.getMessage());
    }
    Map<String, String> out = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
    return out;
  }
}
