package org.newsgraph.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.newsgraph.options.Option;
import org.newsgraph.options.OptionSet;
import org.newsgraph.options.OptionValues;
import org.newsgraph.clean.CleanedText;
import org.newsgraph.clean.HtmlExtractor;
import org.newsgraph.clean.TextCleaner;
import org.newsgraph.eval.ExtractionScores.PageScore;
import org.newsgraph.eval.ExtractionScores.Summary;

/**
 * Scores HTML main-text extraction as the job uses it: each page goes through {@link TextCleaner#clean}
 * (the extractor, then the line cleaning), and the body newsgraph would put in {@code documents.text} is
 * scored against the page's true article body, leaving out the headline paragraph that cleaning puts
 * first (the benchmark's bodies carry no headline). Prints precision, recall and F1 on all pages and on
 * the held-out third ({@link ExtractionPages#isHeldOut}); writes per-page scores to
 * target/eval-extraction/pages.tsv.
 * usage: jobs/eval-extraction.sh [DIR (default ../shared/data/article-extraction)] [--extractor NAME]
 */
public final class ExtractionEvaluation {
  static final Option<Path> DIR = Option.path("dir", Path.of("../shared/data/article-extraction"),
      "the benchmark folder (html/<id>.html.gz and ground-truth.json)");
  static final Option<HtmlExtractor> EXTRACTOR = Option.of("extractor", HtmlExtractor.DEFAULT.label(),
      "plain, readability, rules or readability+rules", "how the main text is taken from a page", HtmlExtractor::byLabel);
  public static final OptionSet OPTIONS = OptionSet.of("eval-extraction", "jobs/eval-extraction.sh [DIR] [--extractor NAME]",
      List.of(DIR), List.of(EXTRACTOR));
  static final Path PAGES_TSV = Path.of("target/eval-extraction/pages.tsv");

  private ExtractionEvaluation() {}

  public static void main(String[] args) throws IOException {
    OptionValues o = OPTIONS.parseOrExit(args);
    Path dir = o.get(DIR);
    HtmlExtractor extractor = o.get(EXTRACTOR);
    List<ExtractionPages.Page> pages = ExtractionPages.read(dir);
    long t0 = System.nanoTime();
    List<PageScore> scores = new ArrayList<>();
    for (ExtractionPages.Page page : pages) {
      scores.add(ExtractionScores.score(body(TextCleaner.clean(page.html(), extractor)), page.body()));
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    List<PageScore> alone = new ArrayList<>();
    for (ExtractionPages.Page page : pages) {
      alone.add(ExtractionScores.score(extractor.read(page.html()).text(), page.body()));
    }
    System.out.printf("HTML extraction on %s, extractor %s (%.1f s for %d pages)%n", dir, extractor.label(), secs,
        pages.size());
    System.out.println(" as the job stores it: extractor, then TextCleaner; the headline paragraph TextCleaner puts"
        + " first is left out of the scored body");
    print(pages, scores);
    System.out.println(" the extractor's text alone, for comparison");
    print(pages, alone);
    writePages(pages, scores);
    System.out.println("  per-page scores: " + PAGES_TSV);
  }

  /** The body of {@code documents.text}: the cleaned text after its headline paragraph. */
  public static String body(CleanedText c) {
    return c.text().substring(c.bodyStart());
  }

  private static void print(List<ExtractionPages.Page> pages, List<PageScore> scores) {
    List<PageScore> heldOut = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).heldOut()) {
        heldOut.add(scores.get(i));
      }
    }
    print("all", ExtractionScores.summarise(scores));
    print("held-out", ExtractionScores.summarise(heldOut));
  }

  private static void print(String label, Summary s) {
    System.out.printf(Locale.ROOT, "  %-9s %3d pages  precision %.3f  recall %.3f  F1 %.3f%n", label, s.pages(),
        s.precision(), s.recall(), s.f1());
  }

  private static void writePages(List<ExtractionPages.Page> pages, List<PageScore> scores) throws IOException {
    Files.createDirectories(PAGES_TSV.getParent());
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(PAGES_TSV, StandardCharsets.UTF_8))) {
      w.println("id\tsplit\tprecision\trecall\turl");
      for (int i = 0; i < pages.size(); i++) {
        ExtractionPages.Page p = pages.get(i);
        w.printf(Locale.ROOT, "%s\t%s\t%.3f\t%.3f\t%s%n", p.id(), p.heldOut() ? "held-out" : "dev",
            scores.get(i).precision(), scores.get(i).recall(), p.url());
      }
    }
  }
}
