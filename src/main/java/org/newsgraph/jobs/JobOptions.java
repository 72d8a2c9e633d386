package org.newsgraph.jobs;

import java.io.IOException;
import java.io.Reader;
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
import java.util.TreeSet;

import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ColumnMapping;
import org.newsgraph.ingest.InputFormat;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.pipeline.RunOptions;

/**
 * The job's options. Precedence, highest first: the command line, then the --options-file (Java
 * properties with the same keys, without the dashes), then the defaults listed by --help.
 */
public final class JobOptions {
  static final OptionSpec INPUT = new OptionSpec("input", null, "input folder or file (required)");
  static final OptionSpec OUTPUT = new OptionSpec("output", null, "output folder; one sub-folder per table (required)");
  static final OptionSpec FORMAT = new OptionSpec("format", "auto",
      "text | jsonl | csv | parquet | warc; auto = by file extension, folders as text files (their .warc and .warc.gz files as WARC)");
  static final OptionSpec LIMIT = new OptionSpec("limit", "0",
      "read only the first N articles (files in path order, rows in file order); 0 = all");
  static final OptionSpec MASTER = new OptionSpec("master", "local[*]",
      "Spark master URL; ignored when spark-submit already set one");
  static final OptionSpec TEXT_COL = new OptionSpec("text-col", null,
      "tabular inputs: column with the article text (default: first of text, content, article_content, body)");
  static final OptionSpec TITLE_COL = new OptionSpec("title-col", null, "tabular inputs: title column (default: title, article_title, headline)");
  static final OptionSpec ID_COL = new OptionSpec("id-col", null, "tabular inputs: id column (default: id, doc_id, unit_id, url)");
  static final OptionSpec DATE_COL = new OptionSpec("date-col", null,
      "tabular inputs: publication date column (default: date, published, publication_date); ISO or M/D/YYYY");
  static final OptionSpec OUTLET_COL = new OptionSpec("outlet-col", null, "tabular inputs: outlet column (default: outlet, source, publisher, site)");
  static final OptionSpec CSV_ENCODING = new OptionSpec("csv-encoding", "UTF-8", "charset of CSV input (e.g. ISO-8859-1)");
  static final OptionSpec MAX_CHARS = new OptionSpec("max-chars", "100000",
      "articles longer than this after cleaning get status too_long and are not annotated");
  static final OptionSpec MAX_BYTES = new OptionSpec("max-bytes", "10485760",
      "text-folder input: files larger than this are not read (status too_long)");
  static final OptionSpec TIMEOUT = new OptionSpec("timeout-seconds", "120", "per-article CoreNLP time limit (status timeout)");
  static final OptionSpec MENTION_TYPES = new OptionSpec("mention-types", "named",
      "named | all | comma-separated CoreNLP NER tags kept in the mentions table");
  static final OptionSpec NER = new OptionSpec("ner", "fast",
      "fast = CoNLL 4-class CRF + gazetteer fine types; full = CoreNLP's default NER (3 CRFs + fine-grained rules), ~4x slower");
  static final OptionSpec QUOTES = new OptionSpec("quotes", "true",
      "extract quotes and speakers (adds the dependency parser on sentences with a speech cue)");
  static final OptionSpec PARSE = new OptionSpec("parse", "cues",
      "cues = parse only sentences with a speech verb, 'according to' or a quotation mark; all = every sentence");
  static final OptionSpec ALIASES = new OptionSpec("aliases", "builtin",
      "entity alias CSVs (alias,canonical,type), comma-separated; builtin = the shipped list, none = no aliases");
  static final OptionSpec REPROCESS = new OptionSpec("reprocess", "false",
      "true = annotate every article again (after changing CoreNLP options); false = only articles not in OUT/annotations yet");
  static final OptionSpec NATIONALITY_PAIRS = new OptionSpec("nationality-pairs",
      Boolean.toString(org.newsgraph.graph.GraphSettings.NATIONALITY_PAIRS_DEFAULT),
      "true = nationality adjectives (Syrian, Russian) take part in co-occurrences and quote edges; they always keep their mentions and entity rows");
  static final OptionSpec BOILERPLATE = new OptionSpec("boilerplate-min-articles",
      Integer.toString(org.newsgraph.pipeline.RunOptions.BOILERPLATE_MIN_ARTICLES_DEFAULT),
      "remove passages that recur in at least N differently titled articles of one outlet (sidebars, footers); 0 = off");
  static final OptionSpec NPMI_UNITS = new OptionSpec("npmi-units",
      org.newsgraph.graph.GraphSettings.NPMI_UNITS_DEFAULT.name().toLowerCase(Locale.ROOT),
      "stories = co-occurrence NPMI counts each story once (copies of one story are one observation); articles = each article");
  static final OptionSpec STORY_JACCARD = new OptionSpec("story-min-jaccard",
      Double.toString(org.newsgraph.copies.StorySettings.MIN_JACCARD_DEFAULT),
      "two articles are one story when their word 5-shingle Jaccard similarity is at least this (0-1]");
  static final OptionSpec STORY_CONTAINMENT = new OptionSpec("story-min-containment",
      Double.toString(org.newsgraph.copies.StorySettings.MIN_CONTAINMENT_DEFAULT),
      "... or when this share of the shorter article's shingles is in the longer one (a trimmed copy) (0-1]");
  static final OptionSpec CORENLP = new OptionSpec("corenlp", null,
      "a CoreNLP property key=value, overriding newsgraph's; repeatable");
  static final OptionSpec CORENLP_PROPS = new OptionSpec("corenlp-props", null, "a properties file of CoreNLP properties");
  static final OptionSpec PARTITIONS = new OptionSpec("partitions", "0",
      "annotation partitions; 0 = automatic (about 32 articles each); articles are dealt to them by length");
  static final OptionSpec PROGRESS = new OptionSpec("progress-seconds", "10", "seconds between progress lines");
  static final OptionSpec OPTIONS_FILE = new OptionSpec("options-file", null, "properties file with any of these keys");

  static final List<OptionSpec> ALL = List.of(INPUT, OUTPUT, FORMAT, LIMIT, MASTER, TEXT_COL, TITLE_COL, ID_COL,
      DATE_COL, OUTLET_COL, CSV_ENCODING, MAX_CHARS, MAX_BYTES, TIMEOUT, MENTION_TYPES, NER, QUOTES, PARSE, ALIASES, NATIONALITY_PAIRS, NPMI_UNITS, STORY_JACCARD, STORY_CONTAINMENT, BOILERPLATE, REPROCESS, CORENLP, CORENLP_PROPS,
      PARTITIONS, PROGRESS, OPTIONS_FILE);

  private final Map<String, String> values;
  private final Map<String, String> corenlp;

  private JobOptions(Map<String, String> values, Map<String, String> corenlp) {
    this.values = values;
    this.corenlp = corenlp;
  }

  /** Parses --key value and --key=value; throws IllegalArgumentException naming the bad option. */
  public static JobOptions parse(String[] args) {
    Map<String, String> cli = new LinkedHashMap<>();
    Map<String, String> corenlp = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + a + "'; options look like --input DIR (see --help)");
      }
      String key = a.substring(2);
      String value;
      int eq = key.indexOf('=');
      if (eq >= 0) {
        value = key.substring(eq + 1);
        key = key.substring(0, eq);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException("option --" + key + " needs a value");
      }
      spec(key);
      if (key.equals(CORENLP.key())) {
        putCoreNlp(corenlp, value);
      } else {
        cli.put(key, value);
      }
    }
    Map<String, String> merged = new LinkedHashMap<>();
    for (OptionSpec s : ALL) {
      if (s.defaultValue() != null) {
        merged.put(s.key(), s.defaultValue());
      }
    }
    String file = cli.get(OPTIONS_FILE.key());
    if (file != null) {
      Properties p = load(file, "--options-file");
      for (String k : p.stringPropertyNames()) {
        spec(k);
        if (k.equals(CORENLP.key())) {
          for (String kv : p.getProperty(k).split(";")) {
            putCoreNlp(corenlp, kv.trim());
          }
        } else {
          merged.put(k, p.getProperty(k));
        }
      }
    }
    merged.putAll(cli);
    for (OptionSpec required : List.of(INPUT, OUTPUT)) {
      if (merged.get(required.key()) == null) {
        throw new IllegalArgumentException("missing --" + required.key() + ": " + required.help());
      }
    }
    JobOptions o = new JobOptions(merged, corenlp);
    o.toRunOptions();
    return o;
  }

  public String master() {
    return values.get(MASTER.key());
  }

  /** Validates and converts; every message names the option, the bad value and what is accepted. */
  public RunOptions toRunOptions() {
    String input = values.get(INPUT.key());
    String fmt = values.get(FORMAT.key());
    InputFormat format = fmt.equalsIgnoreCase("auto") ? InputFormat.guess(input) : InputFormat.parse(fmt);
    ColumnMapping columns = new ColumnMapping(values.get(TEXT_COL.key()), values.get(TITLE_COL.key()),
        values.get(ID_COL.key()), values.get(DATE_COL.key()), values.get(OUTLET_COL.key()));
    String encoding = values.get(CSV_ENCODING.key());
    if (!java.nio.charset.Charset.isSupported(encoding)) {
      throw new IllegalArgumentException("--csv-encoding '" + encoding + "' is not a charset this JVM knows (try UTF-8, ISO-8859-1, windows-1252)");
    }
    var read = new ArticleReader.Spec(input, format, columns, encoding, positiveLong(MAX_BYTES), nonNegativeLong(LIMIT));
    Map<String, String> props = new LinkedHashMap<>();
    String propsFile = values.get(CORENLP_PROPS.key());
    if (propsFile != null) {
      Properties p = load(propsFile, "--corenlp-props");
      p.stringPropertyNames().forEach(k -> props.put(k, p.getProperty(k)));
    }
    props.putAll(corenlp);
    var nlp = new NlpSettings(props, mentionTypes(values.get(MENTION_TYPES.key())), bool(QUOTES),
        choice(PARSE, "cues", "all").equals("all"), aliases(values.get(ALIASES.key())),
        choice(NER, "fast", "full").equals("full"));
    int partitions = (int) nonNegativeLong(PARTITIONS);
    return new RunOptions(read, values.get(OUTPUT.key()), nlp, (int) positiveLong(MAX_CHARS),
        Duration.ofSeconds(positiveLong(TIMEOUT)), partitions, Duration.ofSeconds(positiveLong(PROGRESS)), bool(REPROCESS),
        bool(NATIONALITY_PAIRS), (int) nonNegativeLong(BOILERPLATE),
        org.newsgraph.graph.GraphSettings.NpmiUnits.parse(choice(NPMI_UNITS, "stories", "articles")),
        new org.newsgraph.copies.StorySettings(fraction(STORY_JACCARD), fraction(STORY_CONTAINMENT),
            org.newsgraph.copies.StorySettings.MIN_SHARE_DEFAULT, org.newsgraph.copies.StorySettings.ROOT_MIN_DEFAULT));
  }

  /** Loaded here, on the driver, so a missing or malformed alias file stops the job before any work. */
  static org.newsgraph.nlp.AliasTable aliases(String v) {
    List<String> sources = Arrays.stream(v.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    try {
      return org.newsgraph.nlp.AliasTable.load(sources);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(e.getMessage() + " (--aliases takes builtin, none or CSV paths)");
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
        throw new IllegalArgumentException("--mention-types: unknown tag '" + t.trim() + "'; use named, all, or tags from "
            + new TreeSet<>(NlpSettings.ALL_TYPES));
      }
      out.add(tag);
    }
    return out;
  }

  public static String help() {
    StringBuilder sb = new StringBuilder(
        "newsgraph: news articles in; Parquet tables of documents, mentions, quotes, entities and co-occurrences out.\n\n"
            + "usage: jobs/run-local.sh INPUT OUTPUT [options]   or   NewsgraphJob --input IN --output OUT [options]\n\n"
            + "Precedence: command line > --options-file > defaults.\n\noptions:\n");
    for (OptionSpec s : ALL) {
      sb.append(String.format("  --%-18s %s%s%n", s.key(), s.help(),
          s.defaultValue() == null ? "" : " [default: " + s.defaultValue() + "]"));
    }
    return sb.toString();
  }

  private static OptionSpec spec(String key) {
    return ALL.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("unknown option --" + key + "; known options: "
            + Arrays.toString(ALL.stream().map(OptionSpec::key).toArray())));
  }

  private static void putCoreNlp(Map<String, String> corenlp, String kv) {
    int eq = kv.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("--corenlp '" + kv + "' must look like key=value, e.g. ner.applyFineGrained=false");
    }
    corenlp.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
  }

  private boolean bool(OptionSpec s) {
    return choice(s, "true", "false").equals("true");
  }

  private String choice(OptionSpec s, String... accepted) {
    String v = values.get(s.key()).trim().toLowerCase(Locale.ROOT);
    if (!Arrays.asList(accepted).contains(v)) {
      throw new IllegalArgumentException("--" + s.key() + " must be one of " + Arrays.toString(accepted) + ", got '" + v + "'");
    }
    return v;
  }

  private double fraction(OptionSpec s) {
    String v = values.get(s.key());
    try {
      double d = Double.parseDouble(v.trim());
      if (d > 0 && d <= 1) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--" + s.key() + " must be a number above 0 and at most 1, got '" + v + "'");
  }

  private long positiveLong(OptionSpec s) {
    long v = nonNegativeLong(s);
    if (v == 0) {
      throw new IllegalArgumentException("--" + s.key() + " must be a positive whole number, got 0");
    }
    return v;
  }

  private long nonNegativeLong(OptionSpec s) {
    String v = values.get(s.key());
    try {
      long n = Long.parseLong(v.trim());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + s.key() + " must be a whole number >= 0, got '" + v + "'");
    }
  }

  private static Properties load(String file, String option) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new IllegalArgumentException(option + " " + file + " cannot be read: " + e.getMessage());
    }
    return p;
  }

}
