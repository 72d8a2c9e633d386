package org.newsgraph.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.newsgraph.eval.PolnearCorpus.GoldDocument;
import org.newsgraph.nlp.ArticleAnalysis;
import org.newsgraph.nlp.ArticleAnnotator;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.nlp.QuoteSpan;
import org.newsgraph.options.Option;
import org.newsgraph.options.OptionSet;
import org.newsgraph.options.OptionValues;

/**
 * Scores newsgraph's quote extraction against PolNeAR, with CoreNLP's QuoteAnnotator as the baseline in
 * the same run: {@code jobs/eval-quotes.sh --split dev [--limit N] [--no-baseline]}.
 *
 * <p>Each article's text is annotated exactly as stored (no cleaning) so offsets line up with the gold.
 * For each system it prints the time spent (model loading apart; wall and process CPU seconds; tokens per
 * second) and a table of precision, recall and F1 per gold subset ({@link GoldSubset}) and overlap
 * threshold, plus speaker accuracy ({@link QuoteScores}, {@link SpanMatcher}, {@link SpeakerCheck}).
 * Exit codes: 0 done, 2 bad options, 1 failure.
 */
public final class QuoteEvaluation {
  static final Option<List<String>> SPLIT = Option.of("split", "dev", "dev, train or dev,train",
      "PolNeAR split(s) to score (the test split is never read)", QuoteEvaluation::splits);
  static final Option<Path> DATA_DIR = Option.path("data-dir", Path.of("../shared/data/polnear"),
      "PolNeAR folder with the splits");
  static final Option<Long> LIMIT = Option.wholeNumber("limit", 0, 0, "only the first N articles by file name, 0 = all");
  static final Option<Boolean> NO_BASELINE = Option.flag("no-baseline", "skip CoreNLP's QuoteAnnotator (the slow part)");
  static final Option<String> COREF = Option.of("baseline-coref", "statistical", "statistical, neural or fastneural",
      "coref.algorithm for the baseline", QuoteEvaluation::coref);
  static final Option<Path> DETAILS = Option.path("details", null,
      "also write one TSV line per gold quote and per unmatched prediction");
  static final Option<Path> SPEAKER_GOLD = Option.of("speaker-gold", "docs/gold/speakers.tsv", "a file, or none",
      "speaker-resolution gold; none skips the score", QuoteEvaluation::speakerGold);
  static final Option<Path> SPEAKER_DETAILS = Option.path("speaker-details", null,
      "also write one TSV line per speaker-gold line");
  static final Option<Boolean> SPEAKER_GOLD_ONLY = Option.flag("speaker-gold-only",
      "only the articles with speaker-gold lines (quote scores then cover only them)");
  static final Option<NlpSettings.Ner> NER = Option.choice("ner", NlpSettings.Ner.class, NlpSettings.NER_DEFAULT,
      "newsgraph's NER configuration, as the job's --ner");
  static final Option<NlpSettings.Parse> PARSE = Option.choice("parse", NlpSettings.Parse.class,
      NlpSettings.PARSE_DEFAULT, "which sentences newsgraph parses, as the job's --parse");
  public static final OptionSet OPTIONS = OptionSet.of("eval-quotes", "jobs/eval-quotes.sh [options]",
      List.of(SPLIT, DATA_DIR, LIMIT, NO_BASELINE, COREF, DETAILS, SPEAKER_GOLD, SPEAKER_DETAILS, SPEAKER_GOLD_ONLY,
          NER, PARSE));

  /**
   * @param splits    "dev" and/or "train", scored together
   * @param dataDir   the PolNeAR folder holding the splits
   * @param limit     first N articles by name; 0 for all
   * @param baseline  also run CoreNLP's QuoteAnnotator
   * @param coref     the baseline's coref.algorithm
   * @param details   a TSV file for per-quote details, or null
   * @param ner       newsgraph's NER configuration
   * @param parse     which sentences newsgraph parses
   * @param speakerGold     the speaker-resolution gold ({@link SpeakerGold}), or null to skip that score
   * @param speakerDetails  a TSV file with one line per speaker-gold line, or null
   * @param speakerGoldOnly only the articles the speaker gold has lines in (a quicker run)
   */
  public record Options(List<String> splits, Path dataDir, int limit, boolean baseline, String coref, Path details,
                        NlpSettings.Ner ner, NlpSettings.Parse parse, Path speakerGold, Path speakerDetails,
                        boolean speakerGoldOnly) {}

  private QuoteEvaluation() {}

  public static void main(String[] args) {
    Options options = parse(args);
    try {
      run(options, System.out);
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
    }
  }

  static Options parse(String... args) {
    OptionValues v = OPTIONS.parseOrExit(args);
    Path dataDir = v.get(DATA_DIR);
    for (String sp : v.get(SPLIT)) {
      if (!Files.isDirectory(dataDir.resolve(sp))) {
        OPTIONS.exit("--data-dir " + dataDir + ": no " + sp + " folder in it");
      }
    }
    return new Options(v.get(SPLIT), dataDir, Math.toIntExact(v.get(LIMIT)), !v.get(NO_BASELINE), v.get(COREF),
        v.get(DETAILS), v.get(NER), v.get(PARSE), v.get(SPEAKER_GOLD), v.get(SPEAKER_DETAILS), v.get(SPEAKER_GOLD_ONLY));
  }

  private static List<String> splits(String v) {
    List<String> splits = List.of(v.split(","));
    for (String sp : splits) {
      if (!PolnearCorpus.SPLITS.contains(sp)) {
        throw new IllegalArgumentException("unknown split " + sp);
      }
    }
    return splits;
  }

  private static String coref(String v) {
    if (!Set.of("statistical", "neural", "fastneural").contains(v)) {
      throw new IllegalArgumentException("unknown algorithm " + v);
    }
    return v;
  }

  private static Path speakerGold(String v) {
    if (v.equals("none")) {
      return null;
    }
    if (!Files.isRegularFile(Path.of(v))) {
      throw new IllegalArgumentException("no such file");
    }
    return Path.of(v);
  }

  /** Runs the evaluation and prints the report to out. */
  public static void run(Options options, PrintStream out) throws IOException {
    List<GoldDocument> docs = new java.util.ArrayList<>();
    Map<String, List<SpeakerGold.Line>> speakerLines = new java.util.HashMap<>();
    List<SpeakerGold.Line> allLines = options.speakerGold() == null ? List.of() : SpeakerGold.read(options.speakerGold());
    for (String split : options.splits()) {
      for (GoldDocument d : PolnearCorpus.read(options.dataDir(), split, options.limit())) {
        List<SpeakerGold.Line> lines = allLines.stream()
            .filter(l -> l.split().equals(split) && l.doc().equals(d.name())).toList();
        if (!options.speakerGoldOnly() || !lines.isEmpty()) {
          docs.add(d);
          speakerLines.put(d.name(), lines);
        }
      }
    }
    out.println(goldSummary(options, docs));
    NlpSettings defaults = NlpSettings.defaults();
    NlpSettings settings = new NlpSettings(defaults.overrides(), defaults.mentionTypes(), true, options.parse(),
        defaults.aliases(), options.ner());
    Timed system = new Timed("newsgraph (ArticleAnnotator, --ner " + options.ner().name().toLowerCase(Locale.ROOT)
        + " --parse " + options.parse().name().toLowerCase(Locale.ROOT) + ")");
    ArticleAnnotator annotator = system.load(() -> new ArticleAnnotator(settings),
        a -> a.analyse("Warm-up: the pipeline loads on first use, he said."));
    Timed baseline = new Timed("baseline (CoreNLP QuoteAnnotator, coref.algorithm=" + options.coref() + ")");
    BaselineQuotes corenlp = options.baseline()
        ? baseline.load(() -> new BaselineQuotes(options.coref()), b -> b.analyse("\"Warm up,\" he said."))
        : null;
    try (PrintWriter details = writer(options.details()); PrintWriter resolutionDetails = writer(options.speakerDetails())) {
      if (options.speakerGold() != null) {
        system.resolution = new ResolutionScores(resolutionDetails);
        baseline.resolution = new ResolutionScores(null);
      }
      MatchDetails detailWriter = details == null ? null : new MatchDetails(details);
      for (int i = 0; i < docs.size(); i++) {
        GoldDocument d = docs.get(i);
        ArticleAnalysis a = system.time(() -> annotator.analyse(d.text()));
        system.add(d, a.tokens(), a.quotes(), detailWriter, speakerLines.get(d.name()));
        if (corenlp != null) {
          BaselineQuotes.Result r = baseline.time(() -> corenlp.analyse(d.text()));
          baseline.add(d, r.tokens(), r.quotes(), detailWriter, speakerLines.get(d.name()));
        }
        System.err.printf(Locale.ROOT, "%d/%d %s%n", i + 1, docs.size(), d.name());
      }
    }
    out.println(system.report());
    if (corenlp != null) {
      out.println(baseline.report());
    }
  }

  private static PrintWriter writer(Path file) throws IOException {
    return file == null ? null : new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }

  private static String goldSummary(Options o, List<GoldDocument> docs) {
    Map<GoldSubset, Integer> bySubset = new EnumMap<>(GoldSubset.class);
    int discontinuous = 0;
    int noSource = 0;
    int chars = 0;
    for (GoldDocument d : docs) {
      chars += d.text().length();
      for (GoldAttribution g : d.attributions()) {
        GoldSubset.of(g, d.text()).forEach(s -> bySubset.merge(s, 1, Integer::sum));
        discontinuous += g.content().size() > 1 ? 1 : 0;
        noSource += g.hasSource() ? 0 : 1;
      }
    }
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "PolNeAR %s (%s): %d articles, %,d characters; gold attributions", String.join(",", o.splits()), o.dataDir(),
        docs.size(), chars));
    for (GoldSubset s : GoldSubset.values()) {
      sb.append(' ').append(s).append(' ').append(bySubset.getOrDefault(s, 0));
    }
    return sb.append(String.format(Locale.ROOT, "; %d discontinuous, %d without source", discontinuous,
        noSource)).toString();
  }

  /** Scores and time for one system; CPU time is the whole process's, so GC and JIT are counted. */
  private static final class Timed {
    private final String name;
    private final QuoteScores scores = new QuoteScores();
    private long loadNanos;
    private long wallNanos;
    private long cpuNanos;
    private long tokens;
    private int articles;
    ResolutionScores resolution;
    private int quotes;

    Timed(String name) {
      this.name = name;
    }

    <T> T load(java.util.function.Supplier<T> create, java.util.function.Consumer<T> warmUp) {
      long start = System.nanoTime();
      T t = create.get();
      warmUp.accept(t);
      loadNanos = System.nanoTime() - start;
      return t;
    }

    <T> T time(java.util.function.Supplier<T> work) {
      long wall = System.nanoTime();
      long cpu = processCpuNanos();
      T t = work.get();
      wallNanos += System.nanoTime() - wall;
      cpuNanos += processCpuNanos() - cpu;
      return t;
    }

    void add(GoldDocument d, int tokenCount, List<QuoteSpan> predicted, MatchDetails details,
             List<SpeakerGold.Line> speakerLines) {
      if (resolution != null) {
        resolution.add(d.name(), d.attributions(), speakerLines, predicted);
      }
      articles++;
      tokens += tokenCount;
      quotes += predicted.size();
      scores.add(d.text(), d.attributions(), predicted);
      if (details != null) {
        details.add(name.substring(0, name.indexOf(' ')), d.name(), d.text(), d.attributions(), predicted);
      }
    }

    String report() {
      double wall = wallNanos / 1e9;
      double cpu = cpuNanos / 1e9;
      Function<Double, String> rate = s -> s <= 0 ? "-" : String.format(Locale.ROOT, "%,.0f", tokens / s);
      return String.format(Locale.ROOT, "%s%n  %d articles, %,d tokens, %,d quotes predicted; load %.1f s;"
              + " annotate %.1f s wall = %s tokens/s, %.1f s CPU = %s tokens/CPU-s%n%s", name, articles, tokens,
          quotes, loadNanos / 1e9, wall, rate.apply(wall), cpu, rate.apply(cpu), scores.table())
          + (resolution == null ? "" : resolution.table());
    }

    private static long processCpuNanos() {
      var os = ManagementFactory.getOperatingSystemMXBean();
      return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
  }
}
