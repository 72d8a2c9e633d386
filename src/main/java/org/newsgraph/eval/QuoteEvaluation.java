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
import java.util.TreeSet;
import java.util.function.Function;

import org.newsgraph.eval.PolnearCorpus.GoldDocument;
import org.newsgraph.nlp.ArticleAnalysis;
import org.newsgraph.nlp.ArticleAnnotator;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.nlp.QuoteSpan;

/**
 * Scores newsgraph's quote extraction against PolNeAR, with CoreNLP's QuoteAnnotator as the baseline in
 * the same run: {@code jobs/eval-quotes.sh --split dev [--limit N] [--no-baseline]}.
 *
 * <p>Each article's text is annotated exactly as stored (no cleaning) so offsets line up with the gold.
 * For each system it prints the time spent (model loading apart; wall and process CPU seconds; tokens per
 * second) and a table of precision, recall and F1 per gold subset ({@link GoldSubset}) and overlap
 * threshold, plus speaker accuracy ({@link QuoteScores}, {@link SpanMatcher}, {@link SpeakerCheck}).
 * Options come from the command line only. Exit codes: 0 done, 2 bad options, 1 failure.
 */
public final class QuoteEvaluation {
  static final String SPLIT = "dev";
  static final String DATA_DIR = "../shared/data/polnear";
  static final int LIMIT = 0;
  static final String COREF = "statistical";
  static final String SPEAKER_GOLD = "docs/gold/speakers.tsv";
  static final Set<String> COREF_ALGORITHMS = Set.of("statistical", "neural", "fastneural");

  /**
   * @param splits    "dev" and/or "train", scored together
   * @param dataDir   the PolNeAR folder holding the splits
   * @param limit     first N articles by name; 0 for all
   * @param baseline  also run CoreNLP's QuoteAnnotator
   * @param coref     the baseline's coref.algorithm
   * @param details   a TSV file for per-quote details, or null
   * @param speakerGold     the speaker-resolution gold ({@link SpeakerGold}), or null to skip that score
   * @param speakerDetails  a TSV file with one line per speaker-gold line, or null
   * @param speakerGoldOnly only the articles the speaker gold has lines in (a quicker run)
   */
  public record Options(List<String> splits, Path dataDir, int limit, boolean baseline, String coref, Path details,
                        boolean fullNer, boolean parseAll, Path speakerGold, Path speakerDetails,
                        boolean speakerGoldOnly) {}

  private QuoteEvaluation() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("quote evaluation: " + e.getMessage() + " (--help lists the options)");
      System.exit(2);
      return;
    }
    if (options == null) {
      System.out.print(help());
      return;
    }
    try {
      run(options, System.out);
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
    }
  }

  static String help() {
    return String.join(System.lineSeparator(),
        "usage: jobs/eval-quotes.sh [options]",
        "  --split dev|train|dev,train  PolNeAR split(s) to score (default " + SPLIT + "; the test split is never read)",
        "  --data-dir DIR           PolNeAR folder with the splits (default " + DATA_DIR + ")",
        "  --limit N                only the first N articles by file name, 0 = all (default " + LIMIT + ")",
        "  --no-baseline            skip CoreNLP's QuoteAnnotator (the slow part)",
        "  --baseline-coref ALG     coref.algorithm for the baseline: " + COREF_ALGORITHMS + " (default " + COREF + ")",
        "  --details FILE           also write one TSV line per gold quote and per unmatched prediction",
        "  --speaker-gold FILE      speaker-resolution gold (default " + SPEAKER_GOLD + "; 'none' to skip)",
        "  --speaker-details FILE   also write one TSV line per speaker-gold line",
        "  --speaker-gold-only      only the articles with speaker-gold lines (quote scores then cover only them)",
        "  --ner fast|full          newsgraph's NER configuration, as the job's --ner (default fast)",
        "  --parse cues|all         which sentences newsgraph parses, as the job's --parse (default cues)",
        "  --help                   this text", "");
  }

  /** The options, or null when --help was asked for. */
  static Options parse(String[] args) {
    String split = SPLIT;
    String speakerGold = SPEAKER_GOLD;
    Path speakerDetails = null;
    boolean speakerGoldOnly = false;
    Path dataDir = Path.of(DATA_DIR);
    int limit = LIMIT;
    boolean baseline = true;
    String coref = COREF;
    Path details = null;
    boolean fullNer = false;
    boolean parseAll = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--help", "-h" -> {
          return null;
        }
        case "--no-baseline" -> baseline = false;
        case "--speaker-gold-only" -> speakerGoldOnly = true;
        case "--split" -> split = value(args, ++i, a);
        case "--data-dir" -> dataDir = Path.of(value(args, ++i, a));
        case "--baseline-coref" -> coref = value(args, ++i, a);
        case "--details" -> details = Path.of(value(args, ++i, a));
        case "--speaker-gold" -> speakerGold = value(args, ++i, a);
        case "--speaker-details" -> speakerDetails = Path.of(value(args, ++i, a));
        case "--ner" -> fullNer = choice(value(args, ++i, a), a, "fast", "full").equals("full");
        case "--parse" -> parseAll = choice(value(args, ++i, a), a, "cues", "all").equals("all");
        case "--limit" -> {
          String v = value(args, ++i, a);
          try {
            limit = Integer.parseInt(v);
          } catch (NumberFormatException e) {
            limit = -1;
          }
          if (limit < 0) {
            throw new IllegalArgumentException("--limit " + v + ": expected a whole number >= 0");
          }
        }
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    List<String> splits = List.of(split.split(","));
    for (String sp : splits) {
      if (!PolnearCorpus.SPLITS.contains(sp)) {
        throw new IllegalArgumentException("--split " + split + ": expected one or more of "
            + new TreeSet<>(PolnearCorpus.SPLITS) + ", separated by commas");
      }
      if (!Files.isDirectory(dataDir.resolve(sp))) {
        throw new IllegalArgumentException("--data-dir " + dataDir + ": no " + sp + " folder in it");
      }
    }
    Path gold = speakerGold.equals("none") ? null : Path.of(speakerGold);
    if (gold != null && !Files.isRegularFile(gold)) {
      throw new IllegalArgumentException("--speaker-gold " + speakerGold + ": no such file ('none' skips the score)");
    }
    if (!COREF_ALGORITHMS.contains(coref)) {
      throw new IllegalArgumentException("--baseline-coref " + coref + ": expected one of " + new TreeSet<>(COREF_ALGORITHMS));
    }
    return new Options(splits, dataDir, limit, baseline, coref, details, fullNer, parseAll, gold, speakerDetails,
        speakerGoldOnly);
  }

  private static String choice(String v, String option, String... accepted) {
    if (!List.of(accepted).contains(v)) {
      throw new IllegalArgumentException(option + " " + v + ": expected one of " + List.of(accepted));
    }
    return v;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
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
    NlpSettings settings = new NlpSettings(defaults.overrides(), defaults.mentionTypes(), true, options.parseAll(),
        defaults.aliases(),
        options.fullNer());
    Timed system = new Timed("newsgraph (ArticleAnnotator, --ner " + (options.fullNer() ? "full" : "fast")
        + " --parse " + (options.parseAll() ? "all" : "cues") + ")");
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
